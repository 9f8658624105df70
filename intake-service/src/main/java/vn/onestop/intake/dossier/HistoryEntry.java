package vn.onestop.intake.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import vn.onestop.intake.calendar.WorkingCalendar;

/** One row of GET /dossiers/{code}/history: who did what when, from which status to which, and why. */
record HistoryEntry(String action, DossierView.Status from, DossierView.Status to, OffsetDateTime at, String actor,
		String reason, Map<String, Object> details) {

	static HistoryEntry of(String action, DossierStatus from, DossierStatus to, Instant at, String actor, String reason,
			Map<String, Object> details) {
		return new HistoryEntry(action, from == null ? null : status(from), status(to),
				at.atZone(WorkingCalendar.ZONE).toOffsetDateTime(), actor, reason, details);
	}

	private static DossierView.Status status(DossierStatus status) {
		return new DossierView.Status(status.code(), status.name(), status.label());
	}

}
