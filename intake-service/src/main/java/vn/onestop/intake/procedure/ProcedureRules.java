package vn.onestop.intake.procedure;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.onestop.intake.calendar.DueTimeUnit;
import vn.onestop.intake.calendar.ProcessingTime;

/**
 * Checks a new procedure version before it is published (issue #6: platform admins manage procedures). A version
 * never changes once published, because dossiers point at it; so a new one takes effect today at the earliest and
 * after every version already published, and a procedure keeps its field.
 */
final class ProcedureRules {

	static final String CODE = "[A-Z0-9][A-Z0-9.-]{1,39}";

	static final int MAX_NAME_LENGTH = 300;

	static final int MAX_FIELD_NAME_LENGTH = 200;

	static final int MAX_NOTE_LENGTH = 500;

	static final int MAX_LEGAL_BASIS_LENGTH = 2000;

	static final int MAX_DOCUMENTS = 50;

	static final int MAX_COPIES = 20;

	/** A year of working days; the longest ward procedure takes a few months. */
	static final int MAX_PROCESSING_AMOUNT = 365;

	private static final String SINGLE_LINE = "[^\\p{Cc}\\p{Cs}\\u2028\\u2029]*";

	record Violation(String field, String message) {
	}

	/** A version that passed the checks, ready to be stored. */
	record Draft(String code, String fieldCode, String fieldName, LocalDate effectiveFrom, String name,
			ProcessingTime processingTime, Fee fee, Set<Channel> channels, String legalBasis,
			List<RequiredDocument> documents) {
	}

	record Checked(Draft draft, List<Violation> violations) {

		boolean valid() {
			return this.violations.isEmpty();
		}

	}

	/**
	 * A procedure in the catalogue: its field, its highest version number and the latest date a version takes effect
	 * (0 and null while it has none).
	 */
	record Latest(String fieldCode, String fieldName, int version, LocalDate effectiveFrom) {
	}

	/** Why a well-formed version cannot join the catalogue as it stands. */
	enum Refusal {

		/** A procedure keeps its field: statistics and lists are grouped by it. */
		FIELD_CHANGED,

		/** Versions follow each other in time; one on or before the latest would rewrite what is in force. */
		NOT_AFTER_LATEST

	}

	private ProcedureRules() {
	}

	static Checked check(String code, ProcedurePublication publication, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		if (code == null || !code.matches(CODE)) {
			violations.add(new Violation("code", "must be 2–40 capital letters, digits, dots or hyphens"));
		}
		String fieldCode = null;
		String fieldName = null;
		if (publication.field() != null) {
			fieldCode = publication.field().code();
			if (fieldCode == null || !fieldCode.matches("[A-Z_]{1,40}")) {
				violations.add(new Violation("field.code", "must be a field code such as HO_TICH"));
			}
			fieldName = text(publication.field().name(), "field.name", MAX_FIELD_NAME_LENGTH, true, violations);
		}
		LocalDate effectiveFrom = effectiveFrom(publication.effectiveFrom(), today, violations);
		String name = text(publication.name(), "name", MAX_NAME_LENGTH, true, violations);
		ProcessingTime time = processingTime(publication.processingTime(), violations);
		Fee fee = fee(publication.fee(), violations);
		Set<Channel> channels = channels(publication.channels(), violations);
		String legalBasis = text(publication.legalBasis(), "legalBasis", MAX_LEGAL_BASIS_LENGTH, false, violations);
		List<RequiredDocument> documents = documents(publication.requiredDocuments(), violations);
		if (!violations.isEmpty()) {
			return new Checked(null, List.copyOf(violations));
		}
		return new Checked(new Draft(code, fieldCode, fieldName, effectiveFrom, name, time, fee, channels, legalBasis,
				documents), List.of());
	}

	/**
	 * What keeps a checked version out of the catalogue: for a new procedure the field must be given; for an existing
	 * one it may be left out but not changed, and the version must take effect after the latest one.
	 */
	static Optional<Refusal> refusal(Draft draft, Optional<Latest> latest) {
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		Latest current = latest.get();
		if (draft.fieldCode() != null && (!draft.fieldCode().equals(current.fieldCode())
				|| !draft.fieldName().equals(current.fieldName()))) {
			return Optional.of(Refusal.FIELD_CHANGED);
		}
		if (current.effectiveFrom() != null && !draft.effectiveFrom().isAfter(current.effectiveFrom())) {
			return Optional.of(Refusal.NOT_AFTER_LATEST);
		}
		return Optional.empty();
	}

	/** A new procedure names its field; an existing one takes it from the catalogue. */
	static boolean needsField(Draft draft, Optional<Latest> latest) {
		return latest.isEmpty() && draft.fieldCode() == null;
	}

	private static LocalDate effectiveFrom(String value, LocalDate today, List<Violation> violations) {
		if (value == null) {
			violations.add(new Violation("effectiveFrom", "must be the ISO date the version takes effect"));
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.isBefore(today)) {
				violations.add(new Violation("effectiveFrom",
						"must be today or later: a version already in force is never rewritten"));
			}
			else if (date.isAfter(today.plusYears(5))) {
				violations.add(new Violation("effectiveFrom", "must be within five years"));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			violations.add(new Violation("effectiveFrom", "must be an ISO date such as 2027-01-01"));
			return null;
		}
	}

	private static ProcessingTime processingTime(ProcedurePublication.Time time, List<Violation> violations) {
		if (time == null) {
			violations.add(new Violation("processingTime", "must give the amount and unit of the legal processing time"));
			return null;
		}
		int before = violations.size();
		if (time.amount() == null || time.amount() < 0 || time.amount() > MAX_PROCESSING_AMOUNT) {
			violations.add(new Violation("processingTime.amount", "must be from 0 to " + MAX_PROCESSING_AMOUNT));
		}
		DueTimeUnit unit = null;
		try {
			unit = time.unit() == null ? null : DueTimeUnit.valueOf(time.unit());
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		if (unit == null) {
			violations.add(new Violation("processingTime.unit", "must be WORKING_HOURS, WORKING_DAYS or CALENDAR_DAYS"));
		}
		Optional<LocalTime> cutoff = Optional.empty();
		if (time.sameDayCutoff() != null) {
			try {
				cutoff = Optional.of(LocalTime.parse(time.sameDayCutoff()));
			}
			catch (DateTimeParseException ex) {
				violations.add(new Violation("processingTime.sameDayCutoff", "must be a time such as 15:00"));
			}
			if (time.amount() != null && time.amount() != 0) {
				violations.add(new Violation("processingTime.sameDayCutoff",
						"applies only to same-day procedures (amount 0)"));
			}
			if (unit != null && unit != DueTimeUnit.WORKING_DAYS) {
				violations.add(new Violation("processingTime.sameDayCutoff", "applies only to WORKING_DAYS"));
			}
		}
		return violations.size() == before ? new ProcessingTime(time.amount(), unit, cutoff) : null;
	}

	private static Fee fee(ProcedurePublication.Charge charge, List<Violation> violations) {
		if (charge == null) {
			violations.add(new Violation("fee", "must give the fee kind (FREE, FIXED, PER_ITEM or ASSESSED)"));
			return null;
		}
		FeeKind kind;
		try {
			kind = charge.kind() == null ? null : FeeKind.valueOf(charge.kind());
		}
		catch (IllegalArgumentException ex) {
			kind = null;
		}
		int before = violations.size();
		if (kind == null) {
			violations.add(new Violation("fee.kind", "must be FREE, FIXED, PER_ITEM or ASSESSED"));
		}
		else if ((kind == FeeKind.FIXED || kind == FeeKind.PER_ITEM) != (charge.amountVnd() != null)) {
			violations.add(new Violation("fee.amountVnd", kind == FeeKind.FIXED || kind == FeeKind.PER_ITEM
					? "must be given for a " + kind + " fee" : "must be left out for a " + kind + " fee"));
		}
		if (charge.amountVnd() != null && (charge.amountVnd() < 0 || charge.amountVnd() > 1_000_000_000L)) {
			violations.add(new Violation("fee.amountVnd", "must be from 0 to 1,000,000,000 VND"));
		}
		String note = text(charge.note(), "fee.note", MAX_NOTE_LENGTH, false, violations);
		return violations.size() == before ? new Fee(kind, charge.amountVnd(), note) : null;
	}

	private static Set<Channel> channels(List<String> values, List<Violation> violations) {
		if (values == null || values.isEmpty()) {
			violations.add(new Violation("channels", "must list at least one of IN_PERSON, ONLINE, POSTAL"));
			return Set.of();
		}
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		for (int i = 0; i < values.size(); i++) {
			Optional<Channel> channel = Channel.parse(values.get(i));
			if (channel.isEmpty()) {
				violations.add(new Violation("channels[" + i + "]", "must be IN_PERSON, ONLINE or POSTAL"));
			}
			else if (!channels.add(channel.get())) {
				violations.add(new Violation("channels[" + i + "]", "is listed twice"));
			}
		}
		return Set.copyOf(channels);
	}

	private static List<RequiredDocument> documents(List<ProcedurePublication.Document> values,
			List<Violation> violations) {
		if (values == null || values.isEmpty()) {
			violations.add(new Violation("requiredDocuments", "must list the documents the procedure asks for"));
			return List.of();
		}
		if (values.size() > MAX_DOCUMENTS) {
			violations.add(new Violation("requiredDocuments", "must list at most " + MAX_DOCUMENTS + " documents"));
			return List.of();
		}
		List<RequiredDocument> documents = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < values.size(); i++) {
			String at = "requiredDocuments[" + i + "]";
			ProcedurePublication.Document document = values.get(i);
			if (document == null) {
				violations.add(new Violation(at, "must be a document"));
				continue;
			}
			int before = violations.size();
			if (document.key() == null || !document.key().matches("[a-z0-9-]{1,40}")) {
				violations.add(new Violation(at + ".key", "must be 1–40 lower-case letters, digits or hyphens"));
			}
			else if (!keys.add(document.key())) {
				violations.add(new Violation(at + ".key", "is used by another document of this version"));
			}
			String name = text(document.name(), at + ".name", MAX_NAME_LENGTH, true, violations);
			int originals = count(document.originals(), at + ".originals", violations);
			int certified = count(document.certifiedCopies(), at + ".certifiedCopies", violations);
			int copies = count(document.copies(), at + ".copies", violations);
			if (violations.size() == before && originals + certified + copies == 0) {
				violations.add(new Violation(at, "must ask for at least one original or copy"));
			}
			if (violations.size() == before) {
				documents.add(new RequiredDocument(i + 1, document.key(), name, originals, certified, copies,
						!Boolean.FALSE.equals(document.mandatory())));
			}
		}
		return List.copyOf(documents);
	}

	private static int count(Integer value, String field, List<Violation> violations) {
		if (value == null) {
			return 0;
		}
		if (value < 0 || value > MAX_COPIES) {
			violations.add(new Violation(field, "must be from 0 to " + MAX_COPIES));
			return 0;
		}
		return value;
	}

	/** NFC, stripped, on one line and within its length; null when absent and optional. */
	private static String text(String value, String field, int maxLength, boolean required, List<Violation> violations) {
		String text = value == null ? null : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
		if (text == null || text.isEmpty()) {
			if (required) {
				violations.add(new Violation(field, "must not be blank"));
			}
			return null;
		}
		if (!text.matches(SINGLE_LINE)) {
			violations.add(new Violation(field, "must not contain control characters"));
		}
		else if (text.codePointCount(0, text.length()) > maxLength) {
			violations.add(new Violation(field, "must be at most " + maxLength + " characters"));
		}
		return text;
	}

}
