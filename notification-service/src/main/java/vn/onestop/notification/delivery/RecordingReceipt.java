package vn.onestop.notification.delivery;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.channel.Channels;
import vn.onestop.support.web.ProblemException;

/**
 * Applies an SMS provider's delivery receipt: a sent message becomes DELIVERED, or PERMANENT_FAILURE
 * when the carrier could not deliver it; so does a message whose send timed out after the request went
 * out (UNKNOWN). A receipt repeated for a message already in that state is
 * accepted and changes nothing.
 */
@Service
class RecordingReceipt {

	private final MessageRepository messages;

	private final Channels channels;

	RecordingReceipt(MessageRepository messages, Channels channels) {
		this.messages = messages;
		this.channels = channels;
	}

	/**
	 * Finds the message by the provider's id or, for a message whose answer never came (UNKNOWN), by the
	 * client reference we sent: our own message id, given as {@code reference} or as the provider's id.
	 */
	Mono<Message> record(String provider, String providerMessageId, String reference, boolean delivered) {
		if (!this.channels.provider(Channel.SMS).equals(provider)) {
			return Mono.error(new ProblemException(HttpStatus.NOT_FOUND, "provider-not-found", "Unknown provider",
					"No SMS provider '" + provider + "' is configured."));
		}
		MessageStatus target = delivered ? MessageStatus.DELIVERED : MessageStatus.PERMANENT_FAILURE;
		return this.messages.findByProviderId(provider, providerMessageId)
			.switchIfEmpty(Mono.defer(() -> byReference(provider, reference)))
			.switchIfEmpty(Mono.defer(() -> byReference(provider, providerMessageId)))
			.switchIfEmpty(Mono.error(() -> new ProblemException(HttpStatus.NOT_FOUND, "message-not-found",
					"Message not found", "No message was sent with provider id '" + providerMessageId + "'.")))
			.flatMap(message -> apply(message, target, providerMessageId));
	}

	private Mono<Message> byReference(String provider, String reference) {
		try {
			return reference == null ? Mono.empty() : this.messages.findByReference(provider, UUID.fromString(reference));
		}
		catch (IllegalArgumentException notOurId) {
			return Mono.empty();
		}
	}

	private Mono<Message> apply(Message message, MessageStatus target, String providerMessageId) {
		if (message.status() == target) {
			return Mono.just(message);
		}
		if (!message.status().canBecome(target)) {
			return Mono.error(new ProblemException(HttpStatus.CONFLICT, "receipt-conflict", "Receipt conflicts",
					"Message " + message.id() + " is " + message.status() + " and cannot become " + target + "."));
		}
		return this.messages.changeStatus(message, target, providerMessageId)
			.flatMap(changed -> changed ? this.messages.find(message.id())
					: Mono.error(new ProblemException(HttpStatus.CONFLICT, "receipt-conflict", "Receipt conflicts",
							"Message " + message.id() + " changed meanwhile; send the receipt again.")));
	}

}
