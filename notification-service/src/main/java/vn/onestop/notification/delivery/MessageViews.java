package vn.onestop.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.onestop.notification.channel.Channel;
import vn.onestop.support.privacy.Masking;

/** Messages as the API shows them: the recipient always masked. */
final class MessageViews {

	private MessageViews() {
	}

	record MessageView(UUID id, String dossierCode, String wardCode, String eventType, Channel channel,
			String recipient, String templateId, int templateVersion, String subject, String text, MessageStatus status,
			int attempts, Instant nextAttemptAt, String provider, String providerMessageId, Instant createdAt,
			Instant sentAt, List<AttemptView> attemptHistory) {

		static MessageView of(Message message, List<Attempt> attempts) {
			return new MessageView(message.id(), message.dossierCode(), message.wardCode(), message.eventType(),
					message.channel(), Masking.mask(message.recipient()), message.templateId(),
					message.templateVersion(), message.subject(), message.body(), message.status(), message.attempts(),
					message.status().isFinal() || message.status() == MessageStatus.SENT
							|| message.status() == MessageStatus.UNKNOWN ? null : message.nextAttemptAt(),
					message.provider(), message.providerMessageId(), message.createdAt(), message.sentAt(),
					attempts == null ? null : attempts.stream().map(AttemptView::of).toList());
		}

	}

	record AttemptView(int number, Instant at, Attempt.AttemptOutcome outcome, String errorClass) {

		static AttemptView of(Attempt attempt) {
			return new AttemptView(attempt.number(), attempt.at(), attempt.outcome(), attempt.errorClass());
		}

	}

	record MessagePage(List<MessageView> items, int page, int size, long total) {
	}

}
