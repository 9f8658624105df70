package vn.onestop.intake.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.reactivestreams.Publisher;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.onestop.intake.calendar.ComputingDueTime;
import vn.onestop.intake.calendar.WorkingCalendar;

/**
 * Counts open dossiers as of now, with the near-due horizon of the dossier lists: now plus one working
 * day of working time along the calendar. The statistics and the gauges share it, so they agree.
 */
@Component
class CountingOpenDossiers {

	private final StatisticsRepository repository;

	private final ComputingDueTime computing;

	private final Clock clock;

	CountingOpenDossiers(StatisticsRepository repository, ComputingDueTime computing, ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.computing = computing;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Instant now() {
		return this.clock.instant();
	}

	Mono<OpenCounts> inWard(String ward, Optional<String> field, Instant now) {
		return withHorizon(ward, now, (at, horizon) -> this.repository.open(ward, field, at, horizon)).next();
	}

	/**
	 * Wards with their own working sessions get their own near-due horizon (one query each); the others
	 * share the standard horizon in one query.
	 */
	Flux<StatisticsRepository.Series> byWardAndField() {
		Instant now = now();
		Set<String> configured = this.computing.configuredWards();
		Flux<StatisticsRepository.Series> standard = withHorizon(null, now,
				(at, horizon) -> this.repository.openByWardAndField(at, horizon)
					.filter(series -> !configured.contains(series.ward())));
		Flux<StatisticsRepository.Series> own = Flux.fromIterable(configured)
			.concatMap(ward -> withHorizon(ward, now,
					(at, horizon) -> this.repository.openByWardAndField(Optional.of(ward), at, horizon)));
		return Flux.concat(standard, own);
	}

	/** The near-due horizon along the ward's sessions; the standard ones across wards (ward null). */
	private <T> Flux<T> withHorizon(String ward, Instant now, BiFunction<Instant, Instant, Publisher<T>> query) {
		LocalDateTime local = LocalDateTime.ofInstant(now, WorkingCalendar.ZONE);
		return this.computing
			.withCalendar(ward, calendar -> calendar.plusWorkingTime(local, calendar.sessions().workingDay()))
			.flatMapMany(horizon -> query.apply(now, horizon.atZone(WorkingCalendar.ZONE).toInstant()));
	}

}
