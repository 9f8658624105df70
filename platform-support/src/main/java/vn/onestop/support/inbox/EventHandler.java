package vn.onestop.support.inbox;

import reactor.core.publisher.Mono;

/**
 * What a service does with the events it consumes. Runs inside the transaction that records the event
 * as received, so its writes commit with that record or not at all; it is called once per event.
 */
public interface EventHandler {

	boolean handles(String eventType);

	Mono<Void> handle(IncomingEvent event);

}
