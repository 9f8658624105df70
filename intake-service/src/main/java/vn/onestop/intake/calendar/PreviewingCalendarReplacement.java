package vn.onestop.intake.calendar;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

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
		return ReplacingCalendar.checked(year, replacement)
			.flatMap(checked -> this.recomputing.preview(checked.year())
				.map(recalculation -> CalendarPreviewResponse.of(checked.year(), recalculation)));
	}

}
