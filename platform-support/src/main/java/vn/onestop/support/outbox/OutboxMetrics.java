package vn.onestop.support.outbox;

import vn.onestop.support.scheduling.PeriodicTask;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

/**
 * How far the outbox is behind: {@code onestop.outbox.backlog} (unpublished events) and
 * {@code onestop.outbox.lag} (age of the oldest one), read from the table every few seconds with one
 * query on the index of unpublished rows.
 */
public final class OutboxMetrics extends PeriodicTask {

	private final DatabaseClient database;

	private final AtomicLong backlog = new AtomicLong();

	private final AtomicLong lagMillis = new AtomicLong();

	public OutboxMetrics(DatabaseClient database, MeterRegistry registry, Duration every) {
		super("Reading the outbox backlog", Duration.ZERO, every);
		this.database = database;
		Gauge.builder("onestop.outbox.backlog", this.backlog, AtomicLong::get)
			.description("Events in the outbox not yet accepted by every consumer")
			.register(registry);
		TimeGauge.builder("onestop.outbox.lag", this.lagMillis, TimeUnit.MILLISECONDS, AtomicLong::get)
			.description("Age of the oldest unpublished outbox event; 0 when the outbox is empty")
			.register(registry);
	}

	public Mono<Void> refresh() {
		return this.database
			.sql("select count(*) as backlog, coalesce(extract(epoch from now() - min(occurred_at)) * 1000, 0) as lag "
					+ "from outbox_event where published_at is null")
			.map(row -> {
				this.backlog.set(row.get("backlog", Long.class));
				this.lagMillis.set(Math.max(0, Math.round(row.get("lag", Number.class).doubleValue())));
				return true;
			})
			.one()
			.then();
	}

	@Override
	protected Mono<Void> step() {
		return refresh();
	}

}
