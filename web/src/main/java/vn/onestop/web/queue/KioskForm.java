package vn.onestop.web.queue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * The kiosk's form as posted: the field (the button touched), an optional priority group, an optional phone with its
 * consent, and the Idempotency-Key written when the start screen was shown, so that a double tap takes one ticket.
 */
final class KioskForm {

	private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private final Map<String, String> values;

	private KioskForm(Map<String, String> values) {
		this.values = values;
	}

	static KioskForm fresh() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("idempotencyKey", UUID.randomUUID().toString());
		return new KioskForm(values);
	}

	static KioskForm posted(MultiValueMap<String, String> form) {
		Map<String, String> values = new LinkedHashMap<>(form.toSingleValueMap());
		values.remove("_csrf");
		if (!KEY.matcher(values.getOrDefault("idempotencyKey", "")).matches()) {
			values.put("idempotencyKey", UUID.randomUUID().toString());
		}
		return new KioskForm(values);
	}

	/** What was typed, with a new key: the refused attempt took no ticket, the next touch is a new one. */
	KioskForm again() {
		Map<String, String> values = new LinkedHashMap<>(this.values);
		values.put("idempotencyKey", UUID.randomUUID().toString());
		values.remove("field");
		return new KioskForm(values);
	}

	Map<String, String> values() {
		return this.values;
	}

	String idempotencyKey() {
		return this.values.get("idempotencyKey");
	}

	/** The body of {@code POST /queue/{ward}/tickets}. */
	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("field", text("field"));
		body.put("priority", text("priority"));
		body.put("phone", text("phone"));
		body.put("smsConsent", "true".equals(this.values.get("smsConsent")));
		return body;
	}

	private String text(String name) {
		String value = this.values.getOrDefault(name, "").strip();
		return value.isEmpty() ? null : value;
	}

}
