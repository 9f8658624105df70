package vn.onestop.intake.calendar;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.support.audit.AuditLog;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

/**
 * Replaces a year's holidays and make-up working days in one transaction with its audit entry, then drops the year from
 * the in-memory cache (after the commit, so no reader caches the old rows again) and recomputes the
 * appointments of the open dossiers the year can move.
 */
@Service
class ReplacingCalendar {

	static final String AUDIT_ACTION = "calendar.replace";

	record Replaced(CalendarYear year, Recalculation recalculation) {
	}

	private final CalendarYearRepository repository;

	private final CalendarYears years;

	private final RecomputingDueTimes recomputing;

	private final TransactionalOperator transaction;

	private final AuditLog audit;

	ReplacingCalendar(CalendarYearRepository repository, CalendarYears years, RecomputingDueTimes recomputing,
			ReactiveTransactionManager transactions, AuditLog audit) {
		this.repository = repository;
		this.years = years;
		this.recomputing = recomputing;
		this.transaction = TransactionalOperator.create(transactions);
		this.audit = audit;
	}

	Mono<Replaced> replace(int year, CalendarReplacement replacement) {
		return checked(year, replacement).flatMap(checked -> {
			CalendarYear replaced = checked.year();
			return this.transaction.transactional(this.repository.replace(replaced, checked.source())
				.then(this.audit.record(AUDIT_ACTION, Integer.toString(year), null,
						Map.of("holidays", replaced.holidays().size(), "makeupWorkdays", replaced.makeupWorkdays().size(),
								"source", String.valueOf(checked.source())))))
				.then(Mono.fromRunnable(() -> this.years.invalidate(year)))
				.then(this.recomputing.recompute(year))
				.map(recalculation -> new Replaced(checked.year(), recalculation));
		});
	}

	/** The replacement checked by {@link CalendarRules}, or a 400 with a field error for each violation. */
	static Mono<CalendarRules.Checked> checked(int year, CalendarReplacement replacement) {
		return Mono.defer(() -> {
			CalendarRules.Checked checked = CalendarRules.check(year, replacement);
			if (!checked.valid()) {
				return Mono.error(ProblemException.validation(checked.violations()
					.stream()
					.map(violation -> new FieldError(violation.field(), violation.message()))
					.toList()));
			}
			return Mono.just(checked);
		});
	}

}
