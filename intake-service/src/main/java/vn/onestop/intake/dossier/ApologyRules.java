package vn.onestop.intake.dossier;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Form 04, the apology with a new appointment: only while the clock runs, before the appointment
 * passes, with a reason and a later appointment; once per dossier unless a leader approves another.
 */
final class ApologyRules {

	enum Why { NOT_ALLOWED_NOW, DUE_PASSED, REASON_REQUIRED, NEW_APPOINTMENT_REQUIRED, NEW_APPOINTMENT_NOT_LATER,
		LEADER_REQUIRED }

	private ApologyRules() {
	}

	static boolean possibleIn(DossierStatus status) {
		return Lateness.CLOCK_RUNNING.contains(status);
	}

	static Optional<Why> check(DossierStatus status, int apologiesSoFar, LocalDateTime dueAt, LocalDateTime now,
			String reason, LocalDateTime newAppointment, boolean leaderApproved) {
		if (!possibleIn(status)) {
			return Optional.of(Why.NOT_ALLOWED_NOW);
		}
		if (!now.isBefore(dueAt)) {
			return Optional.of(Why.DUE_PASSED);
		}
		if (reason == null || reason.isBlank()) {
			return Optional.of(Why.REASON_REQUIRED);
		}
		if (newAppointment == null) {
			return Optional.of(Why.NEW_APPOINTMENT_REQUIRED);
		}
		if (!newAppointment.isAfter(dueAt)) {
			return Optional.of(Why.NEW_APPOINTMENT_NOT_LATER);
		}
		if (apologiesSoFar > 0 && !leaderApproved) {
			return Optional.of(Why.LEADER_REQUIRED);
		}
		return Optional.empty();
	}

}
