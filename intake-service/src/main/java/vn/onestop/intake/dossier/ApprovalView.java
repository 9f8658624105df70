package vn.onestop.intake.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.onestop.intake.calendar.WorkingCalendar;

/** An approval request as the API shows it, times in Vietnam. */
record ApprovalView(UUID id, String dossierCode, String procedureName, String wardCode, String action, String reason,
		List<String> missingItems, OffsetDateTime newAppointmentAt, OffsetDateTime appointmentAt, String requestedBy,
		OffsetDateTime requestedAt, String status, String decidedBy, OffsetDateTime decidedAt, String decisionReason) {

	static ApprovalView of(ApprovalRequest request) {
		return new ApprovalView(request.id(), request.dossierCode(), request.procedureName(), request.wardCode(),
				request.action(), request.reason(), request.missingItems(),
				request.newAppointmentAt() == null ? null
						: request.newAppointmentAt().atZone(WorkingCalendar.ZONE).toOffsetDateTime(),
				local(request.dueAt()), request.requestedBy(), local(request.requestedAt()), request.status().name(),
				request.decidedBy(), local(request.decidedAt()), request.decisionReason());
	}

	private static OffsetDateTime local(Instant instant) {
		return instant == null ? null : instant.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
	}

}
