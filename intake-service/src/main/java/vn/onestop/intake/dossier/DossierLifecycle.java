package vn.onestop.intake.dossier;

import static vn.onestop.intake.dossier.DossierAction.*;
import static vn.onestop.intake.dossier.DossierStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which action moves a dossier from which status to which, on the ten national codes. A supplement
 * may be requested once; a second request needs a leader. Resuming returns to where the request
 * was made. Refused, withdrawn, stopped and returned dossiers are final.
 */
final class DossierLifecycle {

	/** Where a dossier stands: its status, how many supplements were requested and from which status. */
	record Situation(DossierStatus status, int supplementRequests, DossierStatus statusBeforeSupplement) {
	}

	sealed interface Outcome permits Moved, Refused {
	}

	record Moved(DossierStatus from, DossierStatus to, DossierAction action) implements Outcome {
	}

	enum Why { NOT_ALLOWED_NOW, REASON_REQUIRED, LEADER_REQUIRED }

	record Refused(Why why, Set<DossierAction> allowed) implements Outcome {
	}

	private static final Map<DossierStatus, Map<DossierAction, DossierStatus>> MOVES = new EnumMap<>(DossierStatus.class);

	static {
		MOVES.put(SUBMITTED_ONLINE, Map.of(ACCEPT, RECEIVED, REFUSE, REFUSED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED,
				WITHDRAW, WITHDRAWN));
		MOVES.put(RECEIVED, Map.of(TRANSFER, IN_PROCESSING, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, REQUEST_FEES,
				FEES_DUE, WITHDRAW, WITHDRAWN, STOP, STOPPED));
		MOVES.put(IN_PROCESSING, Map.of(REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, REQUEST_FEES, FEES_DUE,
				MARK_RESULT_READY, RESULT_READY, WITHDRAW, WITHDRAWN, STOP, STOPPED));
		MOVES.put(SUPPLEMENT_REQUESTED, Map.of(RESUME, IN_PROCESSING, REFUSE, REFUSED, WITHDRAW, WITHDRAWN, STOP, STOPPED));
		MOVES.put(FEES_DUE, Map.of(CONFIRM_FEES_PAID, IN_PROCESSING, WITHDRAW, WITHDRAWN, STOP, STOPPED));
		MOVES.put(RESULT_READY, Map.of(RETURN_RESULT, RETURNED));
		for (DossierStatus terminal : EnumSet.of(REFUSED, WITHDRAWN, STOPPED, RETURNED)) {
			MOVES.put(terminal, Map.of());
		}
	}

	private DossierLifecycle() {
	}

	static Set<DossierAction> allowedFrom(DossierStatus status) {
		Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
		allowed.addAll(MOVES.get(status).keySet());
		return Collections.unmodifiableSet(allowed);
	}

	static Outcome decide(Situation situation, DossierAction action, String reason, boolean leaderApproved) {
		DossierStatus from = situation.status();
		DossierStatus to = MOVES.get(from).get(action);
		if (to == null) {
			return new Refused(Why.NOT_ALLOWED_NOW, allowedFrom(from));
		}
		if (action.needsReason() && (reason == null || reason.isBlank())) {
			return new Refused(Why.REASON_REQUIRED, allowedFrom(from));
		}
		if (action == REQUEST_SUPPLEMENT && situation.supplementRequests() > 0 && !leaderApproved) {
			return new Refused(Why.LEADER_REQUIRED, allowedFrom(from));
		}
		if (action == RESUME && situation.statusBeforeSupplement() != null) {
			to = situation.statusBeforeSupplement() == SUBMITTED_ONLINE ? RECEIVED : situation.statusBeforeSupplement();
		}
		return new Moved(from, to, action);
	}

}
