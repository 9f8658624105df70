package vn.onestop.web.officer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import vn.onestop.web.procedures.Procedure;

/**
 * The counter's filing form as posted: the documents checked with their counts, the submitter, sets and notes, and
 * the Idempotency-Key written into the form when it was first shown, so that a double click or a resent form files
 * one dossier. Field names are the API's ({@code submitter.fullName}, ...), so its field errors land on the inputs;
 * a document's errors ({@code documents[i]...}) are moved to that document's row.
 */
final class FilingForm {

	static final List<String> SUBMITTER_FIELDS = List.of("submitter.idNumber", "submitter.fullName",
			"submitter.dateOfBirth", "submitter.gender", "submitter.phone", "submitter.email", "submitter.address.line",
			"submitter.notificationPreference");

	private static final Pattern DOCUMENT_ERROR = Pattern.compile("documents\\[(\\d+)\\](.*)");

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private static final Pattern TICKET = Pattern.compile("[A-Z]{1,3}\\d{3}");

	private final Map<String, String> values;

	private final List<String> sentKeys = new ArrayList<>();

	private FilingForm(Map<String, String> values) {
		this.values = values;
	}

	/** A new form: every document counted as the procedure asks, a fresh key. */
	static FilingForm fresh(Procedure procedure, String ward) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("idempotencyKey", UUID.randomUUID().toString());
		values.put("wardCode", ward);
		values.put("sets", "1");
		values.put("submitter.notificationPreference", "SMS");
		for (Procedure.Document document : procedure.requiredDocuments()) {
			values.put("doc." + document.key(), document.mandatory() ? "on" : "");
			values.put("doc." + document.key() + ".originals", String.valueOf(document.originals()));
			values.put("doc." + document.key() + ".certifiedCopies", String.valueOf(document.certifiedCopies()));
			values.put("doc." + document.key() + ".copies", String.valueOf(document.copies()));
		}
		return new FilingForm(values);
	}

	/** A walk-in queue ticket of today ({@code A012}) the dossier is filed from, or null when there is none. */
	static String queueTicket(String ticket) {
		return ticket != null && TICKET.matcher(ticket.strip()).matches() ? ticket.strip() : null;
	}

	/** Filed from the counter console: intake records the ticket with the dossier and puts it on the receipt. */
	FilingForm fromTicket(String ticket) {
		String number = queueTicket(ticket);
		if (number != null) {
			this.values.put("queueTicket", number);
		}
		return this;
	}

	static FilingForm posted(MultiValueMap<String, String> form) {
		Map<String, String> values = new LinkedHashMap<>(form.toSingleValueMap());
		values.remove("_csrf");
		if (!KEY.matcher(values.getOrDefault("idempotencyKey", "")).matches()) {
			values.put("idempotencyKey", UUID.randomUUID().toString());
		}
		return new FilingForm(values);
	}

	Map<String, String> values() {
		return this.values;
	}

	String idempotencyKey() {
		return this.values.get("idempotencyKey");
	}

	String ward() {
		return this.values.getOrDefault("wardCode", "");
	}

	String idNumber() {
		return this.values.getOrDefault("submitter.idNumber", "").strip();
	}

	void fillSubmitter(Map<String, String> submitter) {
		this.values.putAll(submitter);
	}

	/** The body of {@code POST /dossiers}: the checked documents in the procedure's order. */
	Map<String, Object> body(Procedure procedure) {
		this.sentKeys.clear();
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Procedure.Document document : procedure.requiredDocuments()) {
			String prefix = "doc." + document.key();
			if (!this.values.getOrDefault(prefix, "").isEmpty()) {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("key", document.key());
				line.put("originals", count(prefix + ".originals"));
				line.put("certifiedCopies", count(prefix + ".certifiedCopies"));
				line.put("copies", count(prefix + ".copies"));
				documents.add(line);
				this.sentKeys.add(document.key());
			}
		}
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("line", text("submitter.address.line"));
		address.put("wardCode", ward());
		Map<String, Object> submitter = new LinkedHashMap<>();
		submitter.put("fullName", text("submitter.fullName"));
		submitter.put("idNumber", text("submitter.idNumber"));
		submitter.put("dateOfBirth", text("submitter.dateOfBirth"));
		submitter.put("gender", text("submitter.gender"));
		submitter.put("phone", text("submitter.phone"));
		submitter.put("email", text("submitter.email"));
		submitter.put("address", address);
		submitter.put("notificationPreference", text("submitter.notificationPreference"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("procedureCode", procedure.code());
		body.put("wardCode", ward());
		body.put("channel", "IN_PERSON");
		body.put("submitter", submitter);
		body.put("documents", documents);
		body.put("sets", count("sets"));
		body.put("notes", text("notes"));
		if (text("queueTicket") != null) {
			body.put("queueTicket", text("queueTicket"));
		}
		return body;
	}

	/** The API's field errors, a document's moved to its row ({@code doc.<key>}). */
	Map<String, String> errorsAtInputs(Map<String, String> apiErrors) {
		Map<String, String> errors = new LinkedHashMap<>();
		apiErrors.forEach((field, message) -> {
			Matcher document = DOCUMENT_ERROR.matcher(field);
			String at = field;
			if (document.matches() && Integer.parseInt(document.group(1)) < this.sentKeys.size()) {
				String suffix = document.group(2).startsWith(".") && !document.group(2).equals(".key") ? document.group(2) : "";
				at = "doc." + this.sentKeys.get(Integer.parseInt(document.group(1))) + suffix;
			}
			errors.merge(at, message, (a, b) -> a + "; " + b);
		});
		return errors;
	}

	private String text(String field) {
		String value = this.values.getOrDefault(field, "").strip();
		return value.isEmpty() ? null : value;
	}

	private Object count(String field) {
		String value = this.values.getOrDefault(field, "").strip();
		try {
			return value.isEmpty() ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

}
