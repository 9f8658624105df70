package vn.onestop.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.channel.OutgoingMessage;
import vn.onestop.notification.sms.SmsSegments;

/**
 * A message to one recipient on one channel, rendered from one template version; a non-urgent one
 * waits for daytime and its ward's SMS budget.
 */
record Message(UUID id, UUID eventId, String eventType, String dossierCode, String wardCode, Channel channel,
		String recipient, String templateId, int templateVersion, String subject, String body, MessageStatus status,
		int attempts, Instant nextAttemptAt, String provider, String providerMessageId, Instant createdAt,
		Instant sentAt, boolean urgent, Instant eventOccurredAt) {

	OutgoingMessage outgoing() {
		return new OutgoingMessage(this.id, this.channel, this.recipient, this.subject, this.body);
	}

	/** The parts an SMS is billed as; its body is already folded to what goes out. */
	int smsSegments() {
		return SmsSegments.of(this.body).count();
	}

	@Override
	public String toString() {
		return "Message[" + this.id + ", " + this.channel + ", " + this.status + "]";
	}

}
