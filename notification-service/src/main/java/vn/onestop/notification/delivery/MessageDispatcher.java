package vn.onestop.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The dispatcher's loop: a round when messages were queued (a {@link DispatchSignal}) and, as a
 * fallback, every poll interval; after a full round, another at once. Rounds never overlap; signals
 * that arrive during a round are folded into one more round after it. A failed round is logged and
 * the loop goes on.
 */
@Component
class MessageDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

	private final DispatchingMessage dispatching;

	private final DispatchSignal signal;

	private final DeliveryProperties properties;

	private Disposable loop;

	MessageDispatcher(DispatchingMessage dispatching, DispatchSignal signal, DeliveryProperties properties) {
		this.dispatching = dispatching;
		this.signal = signal;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.loop != null) {
			return;
		}
		this.loop = Flux.merge(Flux.interval(this.properties.pollInterval(), this.properties.pollInterval()),
				this.signal.wakeUps())
			.onBackpressureLatest()
			.concatMap(tick -> drain(), 0)
			.subscribe();
	}

	private Mono<Long> drain() {
		return this.dispatching.dispatchDue()
			.expand(claimed -> claimed >= this.properties.batchSize() ? this.dispatching.dispatchDue() : Mono.empty())
			.reduce(0L, (total, claimed) -> total + claimed)
			.onErrorResume(error -> {
				log.error("Dispatching messages failed; trying again when messages are queued or in {}",
						this.properties.pollInterval(), error);
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
	public boolean isAutoStartup() {
		return this.properties.dispatcherEnabled();
	}

	@Override
	public int getPhase() {
		return DEFAULT_PHASE - 1024;
	}

}
