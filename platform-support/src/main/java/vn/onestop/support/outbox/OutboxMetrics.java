package vn.onestop.support.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import vn.onestop.support.scheduling.PeriodicTask;

/**
 * How far each consumer is behind: {@code onestop.outbox.backlog} (events not yet accepted by it) and
 * {@code onestop.outbox.lag} (age of the oldest of them), tagged {@code consumer} (the configured names, a bounded
 * set), read every few seconds with one query on the indexes of pending deliveries and unrouted events. An event
 * not routed yet counts for every consumer subscribed to its type.
 */
public final class OutboxMetrics extends PeriodicTask {

	private static final String READ = """
			with subscription as (
			    select * from unnest(cast(:consumers as text[]), cast(:types as text[])) s(consumer, event_type)
			), pending as (
			    select consumer, occurred_at from outbox_delivery
			    where published_at is null and consumer in (select consumer from subscription)
			    union all
			    select s.consumer, e.occurred_at from outbox_event e join subscription s on s.event_type = e.event_type
			    where e.routed_at is null
			)
			select consumer, count(*) as backlog, coalesce(extract(epoch from now() - min(occurred_at)) * 1000, 0) as lag
			from pending group by consumer""";

	private final DatabaseClient database;

	private final String[] consumers;

	private final String[] types;

	private final Map<String, Gauges> gauges = new TreeMap<>();

	public OutboxMetrics(DatabaseClient database, MeterRegistry registry, Duration every,
			Map<String, OutboxRelayProperties.Consumer> subscriptions) {
		super("Reading the outbox backlog", Duration.ZERO, every);
		this.database = database;
		List<String> consumers = new ArrayList<>();
		List<String> types = new ArrayList<>();
		subscriptions.forEach((name, consumer) -> {
			consumer.eventTypes().forEach(type -> {
				consumers.add(name);
				types.add(type);
			});
			Gauges gauges = new Gauges(new AtomicLong(), new AtomicLong());
			this.gauges.put(name, gauges);
			Gauge.builder("onestop.outbox.backlog", gauges.backlog(), AtomicLong::get)
				.description("Events in the outbox not yet accepted by the consumer")
				.tag("consumer", name)
				.register(registry);
			TimeGauge.builder("onestop.outbox.lag", gauges.lagMillis(), TimeUnit.MILLISECONDS, AtomicLong::get)
				.description("Age of the oldest outbox event the consumer has not accepted yet; 0 when none waits")
				.tag("consumer", name)
				.register(registry);
		});
		this.consumers = consumers.toArray(String[]::new);
		this.types = types.toArray(String[]::new);
	}

	public Mono<Void> refresh() {
		return this.database.sql(READ)
			.bind("consumers", this.consumers)
			.bind("types", this.types)
			.map(row -> Map.entry(row.get("consumer", String.class),
					new long[] { row.get("backlog", Long.class), Math.max(0, Math.round(row.get("lag", Number.class).doubleValue())) }))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.doOnNext(read -> this.gauges.forEach((name, gauges) -> {
				long[] figures = read.getOrDefault(name, new long[] { 0, 0 });
				gauges.backlog().set(figures[0]);
				gauges.lagMillis().set(figures[1]);
			}))
			.then();
	}

	@Override
	protected Mono<Void> step() {
		return refresh();
	}

	private record Gauges(AtomicLong backlog, AtomicLong lagMillis) {
	}

}
