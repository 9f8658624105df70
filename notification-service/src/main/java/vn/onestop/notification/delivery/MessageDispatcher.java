package vn.onestop.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The dispatcher's loop: every poll interval, rounds of claiming and sending until a round comes
 * back short of a full batch. Rounds never overlap; a failed round is logged and the loop goes on.
 */
@Component
class MessageDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

	private final DispatchingMessage dispatching;

	private final DeliveryProperties properties;

	private Disposable loop;

	MessageDispatcher(DispatchingMessage dispatching, DeliveryProperties properties) {
		this.dispatching = dispatching;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (!this.properties.dispatcherEnabled() || this.loop != null) {
			return;
		}
		this.loop = Flux.interval(this.properties.pollInterval())
			.onBackpressureDrop()
			.concatMap(tick -> drain(), 1)
			.subscribe();
	}

	private Mono<Long> drain() {
		return this.dispatching.dispatchDue()
			.expand(claimed -> claimed >= this.properties.batchSize() ? this.dispatching.dispatchDue() : Mono.empty())
			.reduce(0L, Long::sum)
			.onErrorResume(error -> {
				log.error("Dispatching messages failed; trying again in {}", this.properties.pollInterval(), error);
				return Mono.just(0L);
			});
	}

	@Override
	public synchronized void stop() {
		if (this.loop != null) {
			this.loop.dispose();
			this.loop = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.loop != null;
	}

	@Override
	public int getPhase() {
		return DEFAULT_PHASE - 1024;
	}

}
