package vn.onestop.support.scheduling;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Background work that runs a reactive step every so often, one step at a time (a tick that finds the
 * previous step still running is dropped), from application start to stop. A failing step is logged
 * and the next tick tries again.
 */
public abstract class PeriodicTask implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

	private final String name;

	private final Duration firstAfter;

	private final Duration every;

	private Disposable loop;

	protected PeriodicTask(String name, Duration firstAfter, Duration every) {
		this.name = name;
		this.firstAfter = firstAfter;
		this.every = every;
	}

	/** One round of the work. */
	protected abstract Mono<?> step();

	@Override
	public synchronized void start() {
		if (this.loop != null) {
			return;
		}
		this.loop = Flux.interval(this.firstAfter, this.every)
			.onBackpressureDrop()
			.concatMap(tick -> Mono.defer(this::step).onErrorResume(error -> {
				log.warn("{} failed: {}", this.name, error.toString());
				return Mono.empty();
			}), 1)
			.subscribe();
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

}
