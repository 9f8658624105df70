package vn.onestop.intake.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Computes a due time along a ward's working sessions (configured in {@code intake.calendar.sessions},
 * standard otherwise), loading calendar years only as the arithmetic reaches them: a short procedure
 * needs one year, a long one the years it spans. A year without data fails with a 422 problem.
 */
@Service
public class ComputingDueTime {

	private final CalendarYears years;

	private final WardSessions sessions;

	ComputingDueTime(CalendarYears years, CalendarProperties properties) {
		this.years = years;
		this.sessions = properties.wardSessions();
	}

	/** Along the ward's sessions; the standard ones when the ward is null or not configured. */
	public Mono<DueTime> dueTime(String ward, LocalDateTime receivedAt, ProcessingTime time) {
		return withCalendar(ward, calendar -> new DueTimeCalculator(calendar).dueTime(receivedAt, time));
	}

	/**
	 * Runs any calendar arithmetic (pauses, near-due horizons …) along the ward's sessions (the standard ones
	 * when the ward is null or not configured) with the years it reaches loaded.
	 */
	public <T> Mono<T> withCalendar(String ward, Function<WorkingCalendar, T> arithmetic) {
		return Mono.defer(() -> computeWith(new WorkingCalendar(this.sessions.forWard(ward), List.of()), arithmetic));
	}

	/**
	 * The same arithmetic with {@code proposed} in place of the stored year of that number (a calendar being
	 * previewed), the other years loaded as usual.
	 */
	public <T> Mono<T> withCalendar(String ward, CalendarYear proposed, Function<WorkingCalendar, T> arithmetic) {
		return Mono.defer(() -> computeWith(new WorkingCalendar(this.sessions.forWard(ward), List.of(proposed)),
				arithmetic));
	}

	/** The ward's working sessions, the standard ones when the ward is null or not configured. */
	public WorkingSessions sessionsOf(String ward) {
		return this.sessions.forWard(ward);
	}

	/** The wards with their own sessions; every other ward works the standard ones. */
	public Set<String> configuredWards() {
		return this.sessions.configured().keySet();
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
