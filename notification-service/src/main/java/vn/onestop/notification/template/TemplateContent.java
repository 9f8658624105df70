package vn.onestop.notification.template;

import java.util.ArrayList;
import java.util.List;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.sms.Gsm7Folding;
import vn.onestop.notification.sms.SmsSegments;

/**
 * What a template version says. E-mail needs a subject; SMS has none but a maximum number of
 * segments, which the text folded to GSM-7 must fit with every placeholder at its longest.
 */
record TemplateContent(String subject, String body, Integer maxSegments) {

	static final int MAX_BODY_LENGTH = 4000;

	static final int MAX_SUBJECT_LENGTH = 200;

	static final int MAX_SMS_SEGMENTS = 10;

	/**
	 * @throws InvalidTemplateException naming every field at fault
	 * @throws SmsTooLongException when an SMS could exceed its maximum number of segments
	 */
	void validate(Channel channel) {
		List<InvalidTemplateException.Violation> violations = new ArrayList<>();
		if (this.body == null || this.body.isBlank()) {
			violations.add(new InvalidTemplateException.Violation("body", "must not be blank"));
		}
		else if (this.body.length() > MAX_BODY_LENGTH) {
			violations.add(new InvalidTemplateException.Violation("body", "has at most " + MAX_BODY_LENGTH + " characters"));
		}
		else {
			parse("body", this.body, violations);
		}
		if (channel == Channel.EMAIL) {
			validateEmail(violations);
		}
		else {
			validateSms(violations);
		}
		if (!violations.isEmpty()) {
			throw new InvalidTemplateException(violations);
		}
		if (channel == Channel.SMS) {
			SmsSegments worst = worstCaseSms();
			if (worst.count() > this.maxSegments) {
				throw new SmsTooLongException(worst.count(), this.maxSegments, worst.units());
			}
		}
	}

	/** The SMS as sent with every placeholder at its longest, folded to GSM-7. */
	SmsSegments worstCaseSms() {
		return SmsSegments.of(Gsm7Folding.fold(TemplateText.parse(this.body).renderLongest()));
	}

	private void validateEmail(List<InvalidTemplateException.Violation> violations) {
		if (this.subject == null || this.subject.isBlank()) {
			violations.add(new InvalidTemplateException.Violation("subject", "is required for e-mail"));
		}
		else if (this.subject.length() > MAX_SUBJECT_LENGTH || this.subject.contains("\n") || this.subject.contains("\r")) {
			violations.add(new InvalidTemplateException.Violation("subject",
					"is one line of at most " + MAX_SUBJECT_LENGTH + " characters"));
		}
		else {
			parse("subject", this.subject, violations);
		}
		if (this.maxSegments != null) {
			violations.add(new InvalidTemplateException.Violation("maxSegments", "applies to SMS only"));
		}
	}

	private void validateSms(List<InvalidTemplateException.Violation> violations) {
		if (this.subject != null && !this.subject.isBlank()) {
			violations.add(new InvalidTemplateException.Violation("subject", "SMS have no subject"));
		}
		if (this.maxSegments == null || this.maxSegments < 1 || this.maxSegments > MAX_SMS_SEGMENTS) {
			violations.add(new InvalidTemplateException.Violation("maxSegments",
					"is required for SMS, from 1 to " + MAX_SMS_SEGMENTS));
		}
	}

	private static void parse(String field, String text, List<InvalidTemplateException.Violation> violations) {
		try {
			TemplateText.parse(text);
		}
		catch (IllegalArgumentException ex) {
			violations.add(new InvalidTemplateException.Violation(field, ex.getMessage()));
		}
	}

}
