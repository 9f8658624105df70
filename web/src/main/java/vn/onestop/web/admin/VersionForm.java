package vn.onestop.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * The form of a new procedure version as typed, field names as the API names them ({@code processingTime.amount},
 * {@code requiredDocuments[0].name}), and the body of {@code POST /procedures/{code}/versions} made from it. Rows of
 * documents left blank are not sent. Numbers that are not numbers are sent as missing, so the API names the field.
 */
record VersionForm(String code, Map<String, String> values, List<String> channels, List<Document> documents,
		boolean creating) {

	static final int BLANK_ROWS = 2;

	static final List<String> SCALARS = List.of("field.code", "field.name", "effectiveFrom", "name",
			"processingTime.amount", "processingTime.unit", "processingTime.sameDayCutoff", "fee.kind", "fee.amountVnd",
			"fee.note", "legalBasis");

	record Document(String key, String name, String originals, String certifiedCopies, String copies,
			boolean mandatory) {

		boolean blank() {
			return this.key.isBlank() && this.name.isBlank();
		}

	}

	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	static VersionForm of(MultiValueMap<String, String> form) {
		Map<String, String> values = new LinkedHashMap<>();
		SCALARS.forEach(field -> values.put(field, text(form.getFirst(field))));
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < 60 && form.containsKey("requiredDocuments[" + i + "].name"); i++) {
			String at = "requiredDocuments[" + i + "].";
			documents.add(new Document(text(form.getFirst(at + "key")), text(form.getFirst(at + "name")),
					text(form.getFirst(at + "originals")), text(form.getFirst(at + "certifiedCopies")),
					text(form.getFirst(at + "copies")), form.containsKey(at + "mandatory")));
		}
		List<String> channels = form.getOrDefault("channels", List.of());
		return new VersionForm(text(form.getFirst("code")), values, List.copyOf(channels), documents,
				"true".equals(form.getFirst("creating")));
	}

	/** The form filled in with the version in force, for the next one; two blank rows to add documents. */
	static VersionForm from(AdminProcedure current) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", current.name());
		values.put("processingTime.amount", String.valueOf(current.processingTime().amount()));
		values.put("processingTime.unit", current.processingTime().unit());
		values.put("processingTime.sameDayCutoff", current.processingTime().sameDayCutoff() == null ? ""
				: current.processingTime().sameDayCutoff().toString());
		values.put("fee.kind", current.fee().kind());
		values.put("fee.amountVnd", current.fee().amountVnd() == null ? "" : current.fee().amountVnd().toString());
		values.put("fee.note", current.fee().note() == null ? "" : current.fee().note());
		values.put("legalBasis", current.legalBasis() == null ? "" : current.legalBasis());
		List<Document> documents = new ArrayList<>(current.requiredDocuments().stream()
			.map(d -> new Document(d.key(), d.name(), String.valueOf(d.originals()), String.valueOf(d.certifiedCopies()),
					String.valueOf(d.copies()), d.mandatory()))
			.toList());
		return new VersionForm(current.code(), values, current.channels(), withBlankRows(documents), false);
	}

	static VersionForm blank() {
		return new VersionForm("", Map.of("processingTime.unit", "WORKING_DAYS", "fee.kind", "FREE"),
				List.of("IN_PERSON"), withBlankRows(new ArrayList<>()), true);
	}

	VersionForm withBlankRows() {
		return new VersionForm(this.code, this.values, this.channels, withBlankRows(new ArrayList<>(this.documents)),
				this.creating);
	}

	private static List<Document> withBlankRows(List<Document> documents) {
		long blank = documents.stream().filter(Document::blank).count();
		for (long i = blank; i < BLANK_ROWS; i++) {
			documents.add(new Document("", "", "", "", "", true));
		}
		return List.copyOf(documents);
	}

	/** The rows sent, by their index in the form. */
	List<Integer> sentRows() {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < this.documents.size(); i++) {
			if (!this.documents.get(i).blank()) {
				rows.add(i);
			}
		}
		return rows;
	}

	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		if (this.creating) {
			body.put("field", Map.of("code", value("field.code"), "name", value("field.name")));
		}
		body.put("effectiveFrom", blankToNull(DayText.toApi(value("effectiveFrom"))));
		body.put("name", value("name"));
		Map<String, Object> time = new LinkedHashMap<>();
		time.put("amount", number(value("processingTime.amount")));
		time.put("unit", value("processingTime.unit"));
		time.put("sameDayCutoff", blankToNull(value("processingTime.sameDayCutoff")));
		body.put("processingTime", time);
		Map<String, Object> fee = new LinkedHashMap<>();
		fee.put("kind", value("fee.kind"));
		fee.put("amountVnd", number(value("fee.amountVnd")));
		fee.put("note", blankToNull(value("fee.note")));
		body.put("fee", fee);
		body.put("channels", this.channels);
		body.put("legalBasis", blankToNull(value("legalBasis")));
		body.put("requiredDocuments", sentRows().stream().map(this.documents::get).map(d -> {
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("key", d.key());
			document.put("name", d.name());
			document.put("originals", number(d.originals()));
			document.put("certifiedCopies", number(d.certifiedCopies()));
			document.put("copies", number(d.copies()));
			document.put("mandatory", d.mandatory());
			return document;
		}).toList());
		return body;
	}

	private static String text(String value) {
		return value == null ? "" : java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

	private static Long number(String value) {
		try {
			return value.isBlank() ? null : Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
