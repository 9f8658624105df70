package vn.onestop.intake.queue.serving;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The serving side of the queue metrics in deploy/prometheus/METRICS.md, tagged by ward and field only: tickets
 * served ({@code onestop_queue_tickets_served_total}) and no-shows, the wait (called − taken) and the service
 * (finished − started) as histograms whose buckets include the alert's 60 minutes. Each is counted once its
 * transaction has committed.
 */
@Component
class ServingMetrics {

	static final Duration[] SLO = { Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(10),
			Duration.ofMinutes(15), Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofMinutes(45),
			Duration.ofMinutes(60), Duration.ofMinutes(90), Duration.ofMinutes(120) };

	private final MeterRegistry registry;

	ServingMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void called(String ward, String field, Duration waited) {
		timer("onestop.queue.wait", "time from taking a ticket to its first call to a counter", ward, field)
			.record(positive(waited));
	}

	void finished(String ward, String field, Duration service) {
		timer("onestop.queue.service", "time from starting to serve a ticket to finishing it", ward, field)
			.record(positive(service));
		counter("onestop.queue.tickets.served", "tickets served to the end (filed, guidance or refused)", ward, field)
			.increment();
	}

	void noShow(String ward, String field) {
		counter("onestop.queue.tickets.no_show", "tickets that did not come when called", ward, field).increment();
	}

	private Counter counter(String name, String description, String ward, String field) {
		return Counter.builder(name).description(description).tags("ward", ward, "field", field).register(this.registry);
	}

	private Timer timer(String name, String description, String ward, String field) {
		return Timer.builder(name)
			.description(description)
			.tags("ward", ward, "field", field)
			.publishPercentileHistogram()
			.serviceLevelObjectives(SLO)
			.minimumExpectedValue(Duration.ofSeconds(10))
			.maximumExpectedValue(Duration.ofHours(4))
			.register(this.registry);
	}

	private static Duration positive(Duration duration) {
		return duration.isNegative() ? Duration.ZERO : duration;
	}

}
