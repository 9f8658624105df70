package vn.onestop.intake.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.procedure.ProcedureVersion;

/**
 * The outbox payload of every change after intake: the DossierReceived shape (status and appointment
 * as they are after the change) plus what the change adds: the previous status, the reason, the
 * refusal reasons, the missing items, the new appointment, the timeliness of a return.
 */
record DossierChanged(String dossierCode, String wardCode, String agencyCode, DossierReceived.Procedure procedure,
		String channel, DossierReceived.Status status, DossierReceived.Status previousStatus, OffsetDateTime receivedAt,
		OffsetDateTime appointmentAt, DossierReceived.Contact submitter, String action, String reason,
		List<String> reasons, List<String> missingItems, OffsetDateTime newAppointmentAt, String timeliness) {

	static DossierChanged of(Dossier dossier, ProcedureVersion version, Change change) {
		return new DossierChanged(dossier.code().value(), dossier.wardCode(), dossier.code().agencyCode(),
				new DossierReceived.Procedure(version.procedureCode(), version.name(), version.version()),
				dossier.channel().name(), status(change.to()), status(change.from()), local(dossier.receivedAt()),
				local(change.dueAt()),
				DossierReceived.Contact.of(dossier),
				change.action(), change.reason(), change.reasons(), change.missingItems(),
				change.newAppointment() ? local(change.dueAt()) : null,
				change.after().timeliness() == null ? null : change.after().timeliness().tag());
	}

	private static DossierReceived.Status status(DossierStatus status) {
		return new DossierReceived.Status(status.code(), status.name(), status.label());
	}

	private static OffsetDateTime local(Instant instant) {
		return instant.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
	}

}
