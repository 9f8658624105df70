package vn.onestop.notification.channel;

import java.util.UUID;

import reactor.core.publisher.Mono;

/** An SMS gateway. Emits the provider's message id, or fails with a {@link ChannelException}. */
interface SmsProvider {

	String name();

	Mono<String> send(OutgoingMessage message, String brandname);

	/** Whether the provider can be asked what became of a message ({@link #status}). */
	default boolean answersStatus() {
		return false;
	}

	/** What the provider knows of the message sent with this reference; never fails. */
	default Mono<SmsStatus> status(UUID reference) {
		return Mono.just(SmsStatus.UNANSWERED);
	}

}
