package vn.onestop.intake.queue.statistics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The queue's metrics tagged by ward and field only (both bounded: the wards, and at most 30 fields each): tickets
 * issued, counted once a take's transaction has committed, and the people waiting, a gauge set from the database by
 * {@link RefreshingQueueGauges} so every replica reports the same value. A (ward, field) series appears once that
 * pair had a ticket; once nobody waits it stays at 0.
 */
@Component
public class QueueMetrics {

	public static final String ISSUED = "onestop.queue.tickets.issued";

	public static final String WAITING = "onestop.queue.people.waiting";

	record Pair(String ward, String field) {
	}

	private final MeterRegistry registry;

	private final Map<Pair, AtomicLong> waiting = new ConcurrentHashMap<>();

	QueueMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void issued(String ward, String field) {
		Counter.builder(ISSUED)
			.description("Walk-in queue tickets issued")
			.tags("ward", ward, "field", field)
			.register(this.registry)
			.increment();
		waiting(new Pair(ward, field));
	}

	/** Sets every known series: those counted to their counts, the others to 0. */
	void refresh(Map<Pair, Long> counts) {
		counts.keySet().forEach(this::waiting);
		this.waiting.forEach((pair, value) -> value.set(counts.getOrDefault(pair, 0L)));
	}

	private AtomicLong waiting(Pair pair) {
		return this.waiting.computeIfAbsent(pair, this::register);
	}

	private AtomicLong register(Pair pair) {
		AtomicLong value = new AtomicLong();
		Gauge.builder(WAITING, value, AtomicLong::get)
			.description("People waiting in a walk-in queue today (tickets not yet called)")
			.tags("ward", pair.ward(), "field", pair.field())
			.strongReference(true)
			.register(this.registry);
		return value;
	}

}
