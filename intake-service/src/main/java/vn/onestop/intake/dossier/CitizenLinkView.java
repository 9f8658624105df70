package vn.onestop.intake.dossier;

import java.time.OffsetDateTime;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.citizen.CitizenRefusal;

/**
 * The dossier's link to its citizen record: LINKED; PENDING (citizen-service was unavailable, tried again at
 * {@code nextAttemptAt}); or REFUSED (citizen-service refused the submitter, {@code refusal} says why; an officer
 * corrects the submitter with PUT /dossiers/{code}/submitter and the link is tried again).
 */
record CitizenLinkView(Status status, int attempts, OffsetDateTime nextAttemptAt, CitizenRefusal refusal) {

	enum Status {
		LINKED, PENDING, REFUSED
	}

	static CitizenLinkView of(boolean pending, int attempts, OffsetDateTime nextAttemptAt, CitizenRefusal refusal) {
		if (!pending) {
			return new CitizenLinkView(Status.LINKED, attempts, null, null);
		}
		if (refusal != null) {
			return new CitizenLinkView(Status.REFUSED, attempts, null, refusal);
		}
		return new CitizenLinkView(Status.PENDING, attempts,
				nextAttemptAt.atZoneSameInstant(WorkingCalendar.ZONE).toOffsetDateTime(), null);
	}

}
