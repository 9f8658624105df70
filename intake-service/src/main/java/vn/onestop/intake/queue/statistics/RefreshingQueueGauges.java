package vn.onestop.intake.queue.statistics;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.queue.model.QueueDay;
import vn.onestop.support.scheduling.PeriodicTask;

/**
 * Recounts today's waiting tickets of every (ward, field) with one grouped query each interval and sets the gauge.
 * Each replica reads the same rows, so they all report the same value. A failed run is logged and the next interval
 * tries again.
 */
@Component
@EnableConfigurationProperties(QueueGaugeProperties.class)
class RefreshingQueueGauges extends PeriodicTask {

	private final DatabaseClient db;

	private final QueueMetrics metrics;

	private final QueueGaugeProperties properties;

	private final Clock clock;

	RefreshingQueueGauges(DatabaseClient db, QueueMetrics metrics, QueueGaugeProperties properties,
			ObjectProvider<Clock> clock) {
		super("Refreshing the queue gauges", properties.initialDelay(), properties.refreshInterval());
		this.db = db;
		this.metrics = metrics;
		this.properties = properties;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<Integer> refresh() {
		return this.db.sql("select ward_code, field, count(*) as waiting from queue_ticket where day = :day "
				+ "and status = 'WAITING' group by ward_code, field")
			.bind("day", QueueDay.of(this.clock.instant()))
			.map(row -> Map.entry(new QueueMetrics.Pair(row.get("ward_code", String.class), row.get("field", String.class)),
					row.get("waiting", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new)
			.doOnNext(this.metrics::refresh)
			.map(Map::size);
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.enabled();
	}

	@Override
	protected Mono<Integer> step() {
		return refresh();
	}

}
