package vn.onestop.intake.dossier;

import java.time.OffsetDateTime;
import java.util.UUID;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.procedure.ProcedureVersion;

/** The outbox payload announcing an intake: what notification-service needs to tell the submitter. */
record DossierReceived(String dossierCode, String wardCode, String agencyCode, Procedure procedure, String channel,
		Status status, OffsetDateTime receivedAt, OffsetDateTime appointmentAt, Contact submitter) {

	static final String TYPE = "DossierReceived";

	record Procedure(String code, String name, int version) {
	}

	record Status(int code, String name, String label) {
	}

	/**
	 * The submitter as given at the counter, and their citizen record's id once the dossier is linked to it
	 * (null while the link is pending): notification-service lets the record's own choice win over this snapshot.
	 */
	record Contact(String fullName, String phone, String email, String notificationPreference, UUID citizenId) {

		static Contact of(Dossier dossier) {
			Person submitter = dossier.submitter();
			return new Contact(submitter.fullName(), submitter.phone(), submitter.email(),
					submitter.notificationPreference(), dossier.citizenId());
		}

	}

	static DossierReceived of(Dossier dossier, ProcedureVersion version) {
		return new DossierReceived(dossier.code().value(), dossier.wardCode(), dossier.code().agencyCode(),
				new Procedure(version.procedureCode(), version.name(), version.version()), dossier.channel().name(),
				new Status(dossier.status().code(), dossier.status().name(), dossier.status().label()),
				dossier.receivedAt().atZone(WorkingCalendar.ZONE).toOffsetDateTime(),
				dossier.dueAt().atZone(WorkingCalendar.ZONE).toOffsetDateTime(),
				Contact.of(dossier));
	}

}
