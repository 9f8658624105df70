package vn.onestop.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.onestop.support.scheduling.PeriodicTask;

/**
 * The dispatcher's loop: every poll interval, rounds of claiming and sending until a round comes
 * back short of a full batch. Rounds never overlap; a failed round is logged and the loop goes on.
 */
@Component
class MessageDispatcher extends PeriodicTask {

	private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

	private final DispatchingMessage dispatching;

	private final DeliveryProperties properties;

	MessageDispatcher(DispatchingMessage dispatching, DeliveryProperties properties) {
		super("Dispatching messages", properties.pollInterval(), properties.pollInterval());
		this.dispatching = dispatching;
		this.properties = properties;
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.dispatcherEnabled();
	}

	@Override
	protected Mono<Long> step() {
		return drain();
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
	public int getPhase() {
		return DEFAULT_PHASE - 1024;
	}

}
