package vn.onestop.notification.channel;

import reactor.core.publisher.Mono;

/** An SMS gateway. Emits the provider's message id, or fails with a {@link ChannelException}. */
interface SmsProvider {

	String name();

	Mono<String> send(OutgoingMessage message, String brandname);

}
