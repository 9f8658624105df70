package vn.onestop.web.admin;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/** A template's new text as typed, and the body of {@code PUT /templates/{id}} made from it. */
record TemplateForm(String subject, String body, String maxSegments) {

	static TemplateForm of(MultiValueMap<String, String> form) {
		return new TemplateForm(text(form.getFirst("subject")), body(form.getFirst("body")),
				text(form.getFirst("maxSegments")));
	}

	static TemplateForm from(MessageTemplate template) {
		return new TemplateForm(template.subject() == null ? "" : template.subject(), template.body(),
				template.maxSegments() == null ? "" : template.maxSegments().toString());
	}

	Map<String, Object> request(boolean sms) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("subject", sms || this.subject.isBlank() ? null : this.subject);
		request.put("body", this.body);
		Integer segments;
		try {
			segments = this.maxSegments.isBlank() ? null : Integer.valueOf(this.maxSegments);
		}
		catch (NumberFormatException ex) {
			segments = null;
		}
		request.put("maxSegments", sms ? segments : null);
		return request;
	}

	private static String text(String value) {
		return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
	}

	/** Line breaks as the browser sends them (CRLF) become LF, which is what an SMS or e-mail carries. */
	private static String body(String value) {
		return value == null ? "" : Normalizer.normalize(value.replace("\r\n", "\n").strip(), Normalizer.Form.NFC);
	}

}
