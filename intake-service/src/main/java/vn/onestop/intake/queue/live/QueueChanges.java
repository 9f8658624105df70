package vn.onestop.intake.queue.live;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

import org.springframework.context.SmartLifecycle;

/**
 * The wards watched on this instance and their open streams: the listener's change signals fan out here to every
 * stream of the ward. A ward's channel exists while it has streams. At shutdown every stream ends first, so the
 * web server's graceful shutdown does not wait for streams that never end.
 */
class QueueChanges implements SmartLifecycle {

	private final ConcurrentMap<String, WardChannel> channels = new ConcurrentHashMap<>();

	private final AtomicInteger open = new AtomicInteger();

	private final Sinks.Empty<Void> closing = Sinks.empty();

	private final AtomicBoolean running = new AtomicBoolean();

	private final QueueLiveProperties properties;

	private final Scheduler scheduler;

	QueueChanges(QueueLiveProperties properties, Scheduler scheduler, MeterRegistry meters) {
		this.properties = properties;
		this.scheduler = scheduler;
		Gauge.builder("onestop.queue.event.streams", this.open, AtomicInteger::get)
			.description("Open walk-in queue event streams on this instance")
			.register(meters);
	}

	/** Something changed in this ward: its open streams hear of it, coalesced. */
	void changed(String ward) {
		WardChannel channel = this.channels.get(ward);
		if (channel != null) {
			channel.changed();
		}
	}

	/** The wards with at least one open stream here. */
	List<String> watchedWards() {
		return List.copyOf(this.channels.keySet());
	}

	int openStreams() {
		return this.open.get();
	}

	/**
	 * The event numbers of one new stream of the ward, the current one first; a 503 problem when the ward already
	 * has as many streams here as allowed. The stream counts as open from subscription until it ends.
	 */
	Flux<Long> open(String ward) {
		return Flux.defer(() -> {
			WardChannel channel = acquire(ward);
			if (channel == null) {
				return Flux.error(QueueLiveProblems.tooManyStreams(this.properties.maxStreamsPerWard()));
			}
			return channel.events()
				.startWith(channel.seq())
				.takeUntilOther(this.closing.asMono())
				.doFinally(signal -> release(ward));
		});
	}

	private WardChannel acquire(String ward) {
		AtomicBoolean admitted = new AtomicBoolean();
		WardChannel channel = this.channels.compute(ward, (code, existing) -> {
			WardChannel current = existing != null ? existing
					: new WardChannel(this.properties.coalesce(), this.scheduler);
			if (current.streams < this.properties.maxStreamsPerWard()) {
				current.streams++;
				admitted.set(true);
			}
			return current.streams == 0 ? null : current;
		});
		if (!admitted.get()) {
			return null;
		}
		this.open.incrementAndGet();
		return channel;
	}

	private void release(String ward) {
		this.open.decrementAndGet();
		this.channels.computeIfPresent(ward, (code, channel) -> --channel.streams == 0 ? null : channel);
	}

	@Override
	public void start() {
		this.running.set(true);
	}

	@Override
	public void stop() {
		if (this.running.compareAndSet(true, false)) {
			this.closing.tryEmitEmpty();
			this.channels.values().forEach(WardChannel::complete);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running.get();
	}

	/** Before the web server's graceful shutdown, which waits for open requests. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
