package vn.onestop.support.outbox;

import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a reactive step every so often, one at a time (a tick that finds the previous step still
 * running is dropped), from application start to stop. A failing step is logged and the loop goes on.
 */
final class PeriodicLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PeriodicLoop.class);

	private final String name;

	private final Duration every;

	private final Supplier<Mono<?>> step;

	private volatile Disposable loop;

	PeriodicLoop(String name, Duration every, Supplier<Mono<?>> step) {
		this.name = name;
		this.every = every;
		this.step = step;
	}

	@Override
	public void start() {
		this.loop = Flux.interval(Duration.ZERO, this.every)
			.onBackpressureDrop()
			.concatMap(tick -> this.step.get().onErrorResume(error -> {
				log.warn("{} failed: {}", this.name, error.toString());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable running = this.loop;
		if (running != null) {
			running.dispose();
		}
		this.loop = null;
	}

	@Override
	public boolean isRunning() {
		return this.loop != null && !this.loop.isDisposed();
	}

}
