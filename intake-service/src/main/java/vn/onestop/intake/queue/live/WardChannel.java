package vn.onestop.intake.queue.live;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * One ward's change events on this instance: a numbered "changed" multicast to the ward's open streams, with
 * bursts coalesced ({@link CoalescingWindow}). A stream that cannot keep up keeps only the latest event: each one
 * only means "fetch again".
 */
final class WardChannel {

	private final Sinks.Many<Long> events = Sinks.many().multicast().directBestEffort();

	private final CoalescingWindow window;

	private final Scheduler scheduler;

	private long seq;

	/** Guarded by {@link QueueChanges}' map: changed only inside its compute functions. */
	int streams;

	WardChannel(Duration coalesce, Scheduler scheduler) {
		this.window = new CoalescingWindow(coalesce);
		this.scheduler = scheduler;
	}

	/** The events from now on; an event already sent is not repeated. */
	Flux<Long> events() {
		return this.events.asFlux().onBackpressureLatest();
	}

	/** The number of the last event sent on this instance (0 before the first). */
	synchronized long seq() {
		return this.seq;
	}

	/** Something changed in the ward. */
	synchronized void changed() {
		CoalescingWindow.Decision decision = this.window.signal(System.nanoTime());
		if (decision instanceof CoalescingWindow.SendNow) {
			send();
		}
		else if (decision instanceof CoalescingWindow.SendAfter after) {
			this.scheduler.schedule(this::sendScheduled, after.nanos(), TimeUnit.NANOSECONDS);
		}
	}

	private synchronized void sendScheduled() {
		this.window.scheduledSent(System.nanoTime());
		send();
	}

	/** Under this object's lock, so the sink is never emitted to from two threads at once. */
	private void send() {
		this.seq++;
		this.events.tryEmitNext(this.seq);
	}

	void complete() {
		synchronized (this) {
			this.events.tryEmitComplete();
		}
	}

}
