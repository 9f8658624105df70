package vn.onestop.intake.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * When an officer may ask the ward leader to approve an action: only a second (or later) supplement request or
 * apology, only while the dossier's status allows that action, and only with the particulars the action itself
 * needs (the missing items; a reason and a later appointment). What the leader approves is then done exactly as
 * asked, so it is checked with the same rules as the action, as if a leader made it.
 */
final class ApprovalRules {

	static final List<String> ACTIONS = List.of(ActionNames.of(DossierAction.REQUEST_SUPPLEMENT), ActionNames.APOLOGIZE);

	enum Why { UNKNOWN_ACTION, NOT_NEEDED, NOT_ALLOWED_NOW, DUE_PASSED, MISSING_ITEMS_REQUIRED, REASON_REQUIRED,
		NEW_APPOINTMENT_REQUIRED, NEW_APPOINTMENT_NOT_LATER }

	private ApprovalRules() {
	}

	static Optional<Why> check(String action, DossierStatus status, Progress progress, LocalDateTime dueAt,
			LocalDateTime now, ActionRequest request) {
		if (ActionNames.APOLOGIZE.equals(action)) {
			return apology(status, progress, dueAt, now, request);
		}
		if (!ActionNames.of(DossierAction.REQUEST_SUPPLEMENT).equals(action)) {
			return Optional.of(Why.UNKNOWN_ACTION);
		}
		if (progress.supplementRequests() == 0) {
			return Optional.of(Why.NOT_NEEDED);
		}
		DossierLifecycle.Outcome outcome = DossierLifecycle.decide(progress.situation(status),
				DossierAction.REQUEST_SUPPLEMENT, ChangePlans.lifecycleReason(DossierAction.REQUEST_SUPPLEMENT, request),
				true);
		if (outcome instanceof DossierLifecycle.Refused refused) {
			return Optional.of(refused.why() == DossierLifecycle.Why.REASON_REQUIRED ? Why.MISSING_ITEMS_REQUIRED
					: Why.NOT_ALLOWED_NOW);
		}
		return Optional.empty();
	}

	private static Optional<Why> apology(DossierStatus status, Progress progress, LocalDateTime dueAt,
			LocalDateTime now, ActionRequest request) {
		if (progress.apologies() == 0) {
			return Optional.of(Why.NOT_NEEDED);
		}
		return ApologyRules.check(status, progress.apologies(), dueAt, now, request.reason(), request.newAppointmentAt(),
				true).map(why -> switch (why) {
					case NOT_ALLOWED_NOW, LEADER_REQUIRED -> Why.NOT_ALLOWED_NOW;
					case DUE_PASSED -> Why.DUE_PASSED;
					case REASON_REQUIRED -> Why.REASON_REQUIRED;
					case NEW_APPOINTMENT_REQUIRED -> Why.NEW_APPOINTMENT_REQUIRED;
					case NEW_APPOINTMENT_NOT_LATER -> Why.NEW_APPOINTMENT_NOT_LATER;
				});
	}

}
