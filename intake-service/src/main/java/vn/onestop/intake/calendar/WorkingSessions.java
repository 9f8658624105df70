package vn.onestop.intake.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The opening periods of every working day, in order and without overlap. A working day lasts as long
 * as its sessions together: 8 hours with the standard 07:00–11:30 and 13:30–17:00.
 */
public record WorkingSessions(List<WorkingSession> sessions) {

	public static final WorkingSessions STANDARD = new WorkingSessions(
			List.of(WorkingSession.of("07:00", "11:30"), WorkingSession.of("13:30", "17:00")));

	public WorkingSessions {
		sessions = List.copyOf(sessions);
		if (sessions.isEmpty()) {
			throw new IllegalArgumentException("A working day needs at least one session");
		}
		for (int i = 1; i < sessions.size(); i++) {
			if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
				throw new IllegalArgumentException("Sessions must be in order and must not overlap: " + sessions);
			}
		}
	}

	public LocalTime opening() {
		return this.sessions.get(0).start();
	}

	public LocalTime closing() {
		return this.sessions.get(this.sessions.size() - 1).end();
	}

	public Duration workingDay() {
		return this.sessions.stream().map(WorkingSession::length).reduce(Duration.ZERO, Duration::plus);
	}

	/** The time itself inside a session, the next session's start otherwise; empty at or after closing. */
	Optional<LocalTime> workingTimeAtOrAfter(LocalTime time) {
		for (WorkingSession session : this.sessions) {
			if (time.isBefore(session.start())) {
				return Optional.of(session.start());
			}
			if (session.contains(time)) {
				return Optional.of(time);
			}
		}
		return Optional.empty();
	}

	Optional<WorkingSession> containing(LocalTime time) {
		return this.sessions.stream().filter(session -> session.contains(time)).findFirst();
	}

	Duration workingTimeWithin(LocalTime from, LocalTime to) {
		return this.sessions.stream()
			.map(session -> session.overlap(from, to))
			.reduce(Duration.ZERO, Duration::plus);
	}

}
