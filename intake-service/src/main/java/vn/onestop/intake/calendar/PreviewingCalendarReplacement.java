package vn.onestop.intake.calendar;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

/**
 * Answers what replacing a year's calendar would do before anyone does it: the same checks as
 * {@link ReplacingCalendar}, then the open dossiers' appointments computed with the proposed year by the same code
 * that recomputes them after a replacement, without writing anything.
 */
@Service
class PreviewingCalendarReplacement {

	private final RecomputingDueTimes recomputing;

	PreviewingCalendarReplacement(RecomputingDueTimes recomputing) {
		this.recomputing = recomputing;
	}

	Mono<CalendarPreviewResponse> preview(int year, CalendarReplacement replacement) {
		return Mono.defer(() -> {
			CalendarRules.Checked checked = CalendarRules.check(year, replacement);
			if (!checked.valid()) {
				return Mono.error(ProblemException.validation(checked.violations()
					.stream()
					.map(violation -> new FieldError(violation.field(), violation.message()))
					.toList()));
			}
			return this.recomputing.preview(checked.year())
				.map(recalculation -> CalendarPreviewResponse.of(checked.year(), recalculation));
		});
	}

}
