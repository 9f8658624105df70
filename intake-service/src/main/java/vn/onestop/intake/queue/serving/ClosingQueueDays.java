package vn.onestop.intake.queue.serving;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.onestop.support.scheduling.PeriodicTask;

/** Runs the closing every interval on every replica ({@link ClosingDays} is safe to run several times at once). */
@Component
class ClosingQueueDays extends PeriodicTask {

	private final ClosingDays closing;

	private final ClosingProperties properties;

	ClosingQueueDays(ClosingDays closing, ClosingProperties properties) {
		super("Closing the queue days", properties.initialDelay(), properties.interval());
		this.closing = closing;
		this.properties = properties;
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.enabled();
	}

	@Override
	protected Mono<Long> step() {
		return this.closing.close();
	}

}
