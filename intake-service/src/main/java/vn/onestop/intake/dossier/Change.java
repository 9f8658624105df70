package vn.onestop.intake.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One change of a dossier as it will be written: the status and appointment after it, the progress
 * after it, and what the history row and the event tell (action name, event type, actor, reason,
 * particulars). {@code newAppointment} says the appointment moved and the event names the new one.
 */
record Change(DossierStatus from, DossierStatus to, Instant dueAt, Progress after, String action, String eventType,
		String actor, Instant at, String reason, List<String> reasons, List<String> missingItems,
		boolean newAppointment, Map<String, Object> details) {

	Change {
		reasons = reasons == null ? null : List.copyOf(reasons);
		missingItems = missingItems == null ? null : List.copyOf(missingItems);
		details = Map.copyOf(details);
	}

	/** A second supplement request or apology, which a ward leader approved by making it. */
	boolean leaderApproval() {
		return Boolean.TRUE.equals(this.details.get("approvedByLeader"));
	}

}
