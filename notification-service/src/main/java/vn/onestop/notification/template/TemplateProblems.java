package vn.onestop.notification.template;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;

/** The problems the template API answers with. */
final class TemplateProblems {

	static final String SMS_TOO_LONG = "sms-too-long";

	private TemplateProblems() {
	}

	static ProblemException notFound(String id) {
		return new ProblemException(HttpStatus.NOT_FOUND, "template-not-found", "Template not found",
				"No template '" + id + "' exists.");
	}

	static ProblemException versionNotFound(String id, int version) {
		return new ProblemException(HttpStatus.NOT_FOUND, "template-not-found", "Template version not found",
				"Template '" + id + "' has no version " + version + ".");
	}

	static ProblemException invalid(InvalidTemplateException ex) {
		return ProblemException.validation(ex.violations()
			.stream()
			.map(violation -> new ProblemException.FieldError(violation.field(), violation.message()))
			.toList());
	}

	static ProblemException tooLong(SmsTooLongException ex) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, SMS_TOO_LONG, "SMS too long", ex.getMessage(),
				List.of(new ProblemException.FieldError("body", "needs up to " + ex.segments() + " segments; "
						+ "maxSegments is " + ex.maxSegments())));
	}

	static ProblemException missingValues(MissingValuesException ex) {
		return ProblemException.validation(Stream
			.concat(ex.missing().stream().map(key -> new ProblemException.FieldError("values." + key, "is required")),
					ex.tooLong()
						.stream()
						.map(key -> new ProblemException.FieldError("values." + key, "has at most "
								+ Placeholder.byKey(key).map(Placeholder::maxLength).orElse(0) + " characters")))
			.toList());
	}

}
