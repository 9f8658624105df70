package vn.onestop.notification.channel;

import java.util.Objects;
import java.util.UUID;

/** What a channel sends: for SMS the text is already folded to GSM-7 and the subject is null. */
public record OutgoingMessage(UUID id, Channel channel, String recipient, String subject, String text) {

	public OutgoingMessage {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(text, "text");
	}

	@Override
	public String toString() {
		return "OutgoingMessage[" + this.id + ", " + this.channel + "]";
	}

}
