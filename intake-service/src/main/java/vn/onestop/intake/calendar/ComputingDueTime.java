package vn.onestop.intake.calendar;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Computes a due time, loading calendar years only as the arithmetic reaches them: a short procedure
 * needs one year, a long one the years it spans. A year without data fails with a 422 problem.
 */
@Service
public class ComputingDueTime {

	private final CalendarYears years;

	ComputingDueTime(CalendarYears years) {
		this.years = years;
	}

	public Mono<DueTime> dueTime(LocalDateTime receivedAt, ProcessingTime time) {
		return computeWith(new WorkingCalendar(WorkingSessions.STANDARD, List.of()), receivedAt, time);
	}

	private Mono<DueTime> computeWith(WorkingCalendar calendar, LocalDateTime receivedAt, ProcessingTime time) {
		return Mono.defer(() -> {
			try {
				return Mono.just(new DueTimeCalculator(calendar).dueTime(receivedAt, time));
			}
			catch (CalendarYearNotCoveredException missing) {
				return this.years.find(missing.year())
					.switchIfEmpty(Mono.error(() -> CalendarProblems.yearNotCovered(missing.year())))
					.flatMap(year -> computeWith(calendar.with(year), receivedAt, time));
			}
		});
	}

}
