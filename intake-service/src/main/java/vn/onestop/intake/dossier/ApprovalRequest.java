package vn.onestop.intake.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** An action an officer asked the ward leader to approve, and what became of it. */
record ApprovalRequest(UUID id, UUID dossierId, String dossierCode, String procedureName, String wardCode,
		String action, String reason, List<String> missingItems, LocalDateTime newAppointmentAt, Instant dueAt,
		String requestedBy, Instant requestedAt, Status status, String decidedBy, Instant decidedAt,
		String decisionReason) {

	enum Status { PENDING, APPROVED, REFUSED }

	ApprovalRequest {
		missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
	}

	/** The body of the action the leader makes on approval: what the officer asked for, approved by the leader. */
	ActionRequest actionRequest() {
		return new ActionRequest(null, this.reason, null, this.missingItems.isEmpty() ? null : this.missingItems, true,
				null, this.newAppointmentAt);
	}

}
