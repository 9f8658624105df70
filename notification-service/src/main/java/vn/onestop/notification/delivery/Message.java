package vn.onestop.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.channel.OutgoingMessage;

/** A message to one recipient on one channel, rendered from one template version. */
record Message(UUID id, UUID eventId, String eventType, String dossierCode, String wardCode, Channel channel,
		String recipient, String templateId, int templateVersion, String subject, String body, MessageStatus status,
		int attempts, Instant nextAttemptAt, String provider, String providerMessageId, Instant createdAt,
		Instant sentAt) {

	OutgoingMessage outgoing() {
		return new OutgoingMessage(this.id, this.channel, this.recipient, this.subject, this.body);
	}

	@Override
	public String toString() {
		return "Message[" + this.id + ", " + this.channel + ", " + this.status + "]";
	}

}
