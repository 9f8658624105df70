package vn.onestop.intake.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
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
		return withHorizon(now, (at, horizon) -> this.repository.open(ward, field, at, horizon)).next();
	}

	Flux<StatisticsRepository.Series> byWardAndField() {
		return withHorizon(now(), this.repository::openByWardAndField);
	}

	private <T> Flux<T> withHorizon(Instant now, BiFunction<Instant, Instant, Publisher<T>> query) {
		LocalDateTime local = LocalDateTime.ofInstant(now, WorkingCalendar.ZONE);
		return this.computing
			.withCalendar(calendar -> calendar.plusWorkingTime(local, calendar.sessions().workingDay()))
			.flatMapMany(horizon -> query.apply(now, horizon.atZone(WorkingCalendar.ZONE).toInstant()));
	}

}
