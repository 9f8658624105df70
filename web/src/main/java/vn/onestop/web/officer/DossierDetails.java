package vn.onestop.web.officer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** What intake answers about one dossier, as the officer's pages read it: the dossier, its receipt, its history. */
final class DossierDetails {

	private DossierDetails() {
	}

	record Dossier(String code, String wardCode, Procedure procedure, String channel, Status status,
			OffsetDateTime receivedAt, OffsetDateTime appointmentAt, Person submitter, Person owner, String notes,
			boolean nearDue, boolean overdue, Long workingMinutesLeft, List<String> allowedActions,
			CitizenLink citizenLink) {

		boolean allows(String action) {
			return this.allowedActions != null && this.allowedActions.contains(action);
		}

	}

	record Procedure(String code, String name, int version) {
	}

	record Status(int code, String name, String label) {
	}

	record Person(String fullName, String idNumber, LocalDate dateOfBirth, String phone, String email, Address address,
			String notificationPreference, String gender) {
	}

	/**
	 * The dossier's link to its citizen record: LINKED, PENDING (citizen-service unavailable, tried again at
	 * {@code nextAttemptAt}) or REFUSED (citizen-service refused the submitter; {@code refusal} says why).
	 */
	record CitizenLink(String status, int attempts, OffsetDateTime nextAttemptAt, Refusal refusal) {

		public boolean refused() {
			return "REFUSED".equals(this.status);
		}

	}

	/** citizen-service's answer when it refused the submitter: its status, problem and field errors. */
	record Refusal(int status, String type, String title, String detail, List<FieldError> errors) {
	}

	record FieldError(String field, String message) {
	}

	record Address(String line, String wardCode) {
	}

	/** Form 01 as intake assembles it. */
	record Receipt(String form, Center center, String dossierCode, Party submitter, Procedure procedure, Party owner,
			Fee fee, List<Line> documents, int sets, LegalTime legalTime, OffsetDateTime receivedAt,
			String receivedAtText, OffsetDateTime appointmentAt, String appointmentText, String returnPlace,
			String lookupNote, String receivedBy, String queueTicket) {
	}

	record Center(String name, String wardCode, String agencyCode) {
	}

	record Party(String fullName, String idNumber, String address, String phone, String email) {
	}

	record Fee(String kind, Long amountVnd, String note) {
	}

	record Line(int number, String name, int originals, int certifiedCopies, int copies) {
	}

	record LegalTime(int amount, String unit, String sameDayCutoff, String text) {
	}

	record HistoryEntry(String action, Status from, Status to, OffsetDateTime at, String actor, String reason,
			Map<String, Object> details) {
	}

}
