package vn.onestop.intake.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

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
		return withCalendar(calendar -> new DueTimeCalculator(calendar).dueTime(receivedAt, time));
	}

	/** Runs any calendar arithmetic (pauses, near-due horizons …) with the years it reaches loaded. */
	public <T> Mono<T> withCalendar(Function<WorkingCalendar, T> arithmetic) {
		return computeWith(new WorkingCalendar(WorkingSessions.STANDARD, List.of()), arithmetic);
	}

	private <T> Mono<T> computeWith(WorkingCalendar calendar, Function<WorkingCalendar, T> arithmetic) {
		return Mono.defer(() -> {
			try {
				return Mono.just(arithmetic.apply(calendar));
			}
			catch (CalendarYearNotCoveredException missing) {
				return this.years.find(missing.year())
					.switchIfEmpty(Mono.error(() -> CalendarProblems.yearNotCovered(missing.year())))
					.flatMap(year -> computeWith(calendar.with(year), arithmetic));
			}
		});
	}

}
