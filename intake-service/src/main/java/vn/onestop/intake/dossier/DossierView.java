package vn.onestop.intake.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.procedure.ProcedureVersion;

/**
 * GET /dossiers/{code} and the body of POST /dossiers; times in Asia/Ho_Chi_Minh. {@code nearDue}, {@code overdue}
 * and {@code workingMinutesLeft} are computed when read ({@link Lateness}); {@code allowedActions} are the actions
 * the reader may take now (none for the citizen who submitted it).
 */
record DossierView(String code, String wardCode, String agencyCode, Procedure procedure, String channel, Status status,
		OffsetDateTime receivedAt, OffsetDateTime countingStartsAt, OffsetDateTime appointmentAt, int sets,
		Person submitter, Person owner, List<HandedInDocument> documents, String notes, String receivedBy,
		UUID citizenId, boolean citizenLinkPending, CitizenLinkView citizenLink, boolean nearDue, boolean overdue,
		Long workingMinutesLeft, List<String> allowedActions) {

	record Procedure(String code, String name, int version, java.time.LocalDate effectiveFrom) {
	}

	record Status(int code, String name, String label) {
	}

	static DossierView of(Dossier dossier, ProcedureVersion version, CitizenLinkView citizenLink, boolean nearDue,
			boolean overdue, Long workingMinutesLeft, List<String> allowedActions) {
		return new DossierView(dossier.code().value(), dossier.wardCode(), dossier.code().agencyCode(),
				new Procedure(version.procedureCode(), version.name(), version.version(), version.effectiveFrom()),
				dossier.channel().name(),
				new Status(dossier.status().code(), dossier.status().name(), dossier.status().label()),
				local(dossier.receivedAt()), local(dossier.countingStartsAt()), local(dossier.dueAt()), dossier.sets(),
				dossier.submitter(), dossier.owner(), dossier.documents(), dossier.notes(), dossier.receivedBy(),
				dossier.citizenId(), dossier.citizenLinkPending(), citizenLink, nearDue, overdue, workingMinutesLeft,
				allowedActions);
	}

	private static OffsetDateTime local(Instant instant) {
		return instant.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
	}

}
