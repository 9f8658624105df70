package vn.onestop.intake.statistics;

import java.util.HashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import vn.onestop.support.scheduling.PeriodicTask;

import org.springframework.stereotype.Component;

/**
 * Recounts the open dossiers of every (ward, field) with one grouped query each interval and sets the
 * gauges. A failed run is logged and the next interval tries again.
 */
@Component
class RefreshingDossierGauges extends PeriodicTask {

	private final CountingOpenDossiers counting;

	private final DossierMetrics metrics;

	private final StatisticsProperties properties;

	RefreshingDossierGauges(CountingOpenDossiers counting, DossierMetrics metrics, StatisticsProperties properties) {
		super("Refreshing the dossier gauges", properties.initialDelay(), properties.refreshInterval());
		this.counting = counting;
		this.metrics = metrics;
		this.properties = properties;
	}

	Mono<Integer> refresh() {
		return this.counting.byWardAndField()
			.collectMap(series -> new DossierMetrics.Pair(series.ward(), series.field()), series -> series.counts(),
					HashMap::new)
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
