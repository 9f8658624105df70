package vn.onestop.intake.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * POST /dossiers. Owner may be omitted when the submitter is the owner; {@code queueTicket} is the walk-in ticket being
 * served that the dossier is filed from (docs/queue.md).
 */
record DossierRequest(
		@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9.-]{1,39}", message = "must be a procedure code") String procedureCode,
		@NotBlank @Pattern(regexp = "\\d{5}", message = "must be a 5-digit ward code") String wardCode,
		@NotBlank @Pattern(regexp = "IN_PERSON|ONLINE|POSTAL", message = "must be one of IN_PERSON, ONLINE, POSTAL") String channel,
		@NotNull @Valid Submitter submitter, @Valid Owner owner,
		@NotNull @Size(max = 30) List<@NotNull @Valid Document> documents,
		@Min(1) @Max(20) Integer sets,
		@Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.NO_CONTROLS) String notes,
		@Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROLS) String receivedBy,
		@Pattern(regexp = "[A-Z]{1,3}\\d{3}", message = "must be a ticket number such as A012") String queueTicket) {

	/** Without a queue ticket: a dossier not filed from a walk-in ticket. */
	DossierRequest(String procedureCode, String wardCode, String channel, Submitter submitter, Owner owner,
			List<Document> documents, Integer sets, String notes, String receivedBy) {
		this(procedureCode, wardCode, channel, submitter, owner, documents, sets, notes, receivedBy, null);
	}

	/**
	 * Besides these shapes a submitter obeys citizen-service's rules for a citizen (SubmitterRules): a dossier is
	 * never filed with a submitter that citizen-service would refuse. The gender may be left out when a 12-digit
	 * personal ID number states it; a legacy 9-digit number needs it.
	 */
	record Submitter(@NotBlank String fullName, @NotBlank String idNumber, LocalDate dateOfBirth,
			@NotBlank String phone, String email, @NotNull @Valid Address address,
			@Pattern(regexp = "SMS|EMAIL|ZALO|NONE", message = "must be one of SMS, EMAIL, ZALO, NONE") String notificationPreference,
			String gender) {

		Submitter(String fullName, String idNumber, LocalDate dateOfBirth, String phone, String email, Address address,
				String notificationPreference) {
			this(fullName, idNumber, dateOfBirth, phone, email, address, notificationPreference, null);
		}

	}

	record Owner(
			@NotBlank @Size(max = 100) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROLS) String fullName,
			@Pattern(regexp = TextRules.ID_NUMBER, message = TextRules.ID_MESSAGE) String idNumber,
			LocalDate dateOfBirth,
			@Pattern(regexp = TextRules.PHONE, message = TextRules.PHONE_MESSAGE) String phone,
			@Size(max = 254) @Email String email, @NotNull @Valid Address address) {
	}

	record Address(
			@NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.NO_CONTROLS) String line,
			@Pattern(regexp = "\\d{5}", message = "must be a 5-digit ward code") String wardCode) {
	}

	record Document(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a document key") String key,
			@Min(0) @Max(99) Integer originals, @Min(0) @Max(99) Integer certifiedCopies,
			@Min(0) @Max(99) Integer copies) {
	}

	Person submitterPerson() {
		Submitter s = this.submitter;
		return new Person(TextRules.nfc(s.fullName()), s.idNumber(), s.dateOfBirth(), TextRules.normalPhone(s.phone()),
				s.email(), new Person.Address(TextRules.nfc(s.address().line()), s.address().wardCode()),
				s.notificationPreference());
	}

	Person ownerPerson() {
		if (this.owner == null) {
			return submitterPerson();
		}
		Owner o = this.owner;
		return new Person(TextRules.nfc(o.fullName()), o.idNumber(), o.dateOfBirth(), TextRules.normalPhone(o.phone()),
				o.email(), new Person.Address(TextRules.nfc(o.address().line()), o.address().wardCode()), null);
	}

	int setCount() {
		return this.sets == null ? 1 : this.sets;
	}

	/** Every value that makes two requests the same request, in a fixed order, for the idempotency hash. */
	List<Object> meaning() {
		List<Object> values = new ArrayList<>(List.of(this.procedureCode, this.wardCode, this.channel, setCount()));
		values.add(this.notes);
		values.add(this.receivedBy);
		values.addAll(submitterPerson().meaning());
		values.add(this.owner == null ? "same-as-submitter" : "owner");
		values.addAll(ownerPerson().meaning());
		values.add(this.documents.size());
		for (Document document : this.documents) {
			values.addAll(java.util.Arrays.asList(document.key(), count(document.originals()),
					count(document.certifiedCopies()), count(document.copies())));
		}
		if (this.submitter.gender() != null) {
			// last and only when given, so requests without it hash as they did before it existed
			values.add("gender:" + this.submitter.gender());
		}
		if (this.queueTicket != null) {
			values.add("queueTicket:" + this.queueTicket);
		}
		return values;
	}

	static int count(Integer value) {
		return value == null ? 0 : value;
	}

}
