package vn.onestop.intake.statistics;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.support.security.Caller;
import vn.onestop.support.security.SecurityProblems;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

/**
 * Answers {@code GET /statistics}: one ward, optionally one field, one period; three aggregate queries. Only for a
 * leader of the ward or a monitor (issue #6): anyone else gets 403, and a report never mixes wards.
 */
@Service
class ReportingStatistics {

	private final StatisticsRepository repository;

	private final CountingOpenDossiers open;

	ReportingStatistics(StatisticsRepository repository, CountingOpenDossiers open) {
		this.repository = repository;
		this.open = open;
	}

	Mono<WardStatistics> report(String ward, String field, String from, String to, Caller caller) {
		return Mono.defer(() -> {
			Instant now = this.open.now();
			StatisticsQuery.Parsed parsed = StatisticsQuery.parse(ward, field, from, to,
					now.atZone(WorkingCalendar.ZONE).toLocalDate());
			if (!parsed.violations().isEmpty()) {
				return Mono.error(ProblemException.validation(parsed.violations()
					.stream()
					.map(violation -> new FieldError(violation.field(), violation.message()))
					.toList()));
			}
			StatisticsQuery query = parsed.query();
			if (!caller.readsStatisticsOf(query.ward())) {
				return Mono.error(SecurityProblems.forbidden());
			}
			return Mono
				.zip(this.repository.period(query), this.open.inWard(query.ward(), query.field(), now),
						this.repository.received766(query, now).collectList().map(Decision766Report::of))
				.map(counts -> WardStatistics.of(query, now.atZone(WorkingCalendar.ZONE).toOffsetDateTime(),
						counts.getT1(), counts.getT2(), counts.getT3()));
		});
	}

}
