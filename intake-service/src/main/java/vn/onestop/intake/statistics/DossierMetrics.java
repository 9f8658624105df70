package vn.onestop.intake.statistics;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import vn.onestop.intake.procedure.Channel;

/**
 * The dossier metrics of deploy/prometheus/METRICS.md tagged by ward and field only: the received
 * counter (plus channel), and the in-progress, near-due and overdue gauges. A (ward, field) series is
 * registered once that pair has had a dossier, received here or found open by a refresh; a pair whose
 * dossiers all closed keeps its series at 0.
 */
@Component
public class DossierMetrics {

	record Pair(String ward, String field) {
	}

	private record Values(AtomicLong inProgress, AtomicLong nearDue, AtomicLong overdue) {

		void set(OpenCounts counts) {
			this.inProgress.set(counts.inProgress());
			this.nearDue.set(counts.nearDue());
			this.overdue.set(counts.overdue());
		}

	}

	private final MeterRegistry registry;

	private final Map<Pair, Values> gauges = new ConcurrentHashMap<>();

	DossierMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Called once a received dossier's transaction has committed. */
	public void received(String ward, String field, Channel channel) {
		Counter.builder("onestop.dossiers.received")
			.description("Dossiers received")
			.tags("ward", ward, "field", field, "channel", channel.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
		values(new Pair(ward, field));
	}

	/** Sets every known series: those counted to their counts, the others to 0. */
	void refresh(Map<Pair, OpenCounts> counts) {
		counts.keySet().forEach(this::values);
		this.gauges.forEach((pair, values) -> values.set(counts.getOrDefault(pair, OpenCounts.NONE)));
	}

	private Values values(Pair pair) {
		return this.gauges.computeIfAbsent(pair, this::register);
	}

	private Values register(Pair pair) {
		Values values = new Values(new AtomicLong(), new AtomicLong(), new AtomicLong());
		gauge("onestop.dossiers.in.progress", "Dossiers received and not yet completed", pair, values.inProgress());
		gauge("onestop.dossiers.near.due", "Dossiers in progress due before the end of the next working day", pair,
				values.nearDue());
		gauge("onestop.dossiers.overdue", "Dossiers in progress past their appointment", pair, values.overdue());
		return values;
	}

	private void gauge(String name, String description, Pair pair, AtomicLong value) {
		Gauge.builder(name, value, AtomicLong::get)
			.description(description)
			.tags("ward", pair.ward(), "field", pair.field())
			.strongReference(true)
			.register(this.registry);
	}

}
