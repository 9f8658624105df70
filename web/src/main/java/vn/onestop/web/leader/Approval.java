package vn.onestop.web.leader;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A request waiting for the leader, as intake's {@code GET /approval-requests} gives it. */
record Approval(UUID id, String dossierCode, String procedureName, String wardCode, String action, String reason,
		List<String> missingItems, OffsetDateTime newAppointmentAt, OffsetDateTime appointmentAt, String requestedBy,
		OffsetDateTime requestedAt, String status) {

	public boolean apology() {
		return "apologize".equals(this.action);
	}

}
