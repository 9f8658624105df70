package vn.onestop.web.officer;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An approval request of a dossier waiting for the ward leader (intake's {@code GET /approval-requests}): a second
 * supplement request or apology an officer asked for, which intake makes in the leader's name once approved.
 */
record ApprovalAsked(String dossierCode, String action, String reason, List<String> missingItems,
		OffsetDateTime newAppointmentAt, String requestedBy, OffsetDateTime requestedAt) {

	public boolean apology() {
		return "apologize".equals(this.action);
	}

}
