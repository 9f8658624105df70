package vn.onestop.notification.template;

import java.util.List;

/** A template version that cannot be saved: blank text, unknown placeholders, a missing subject... */
final class InvalidTemplateException extends RuntimeException {

	private final List<Violation> violations;

	InvalidTemplateException(List<Violation> violations) {
		super(violations.toString());
		this.violations = List.copyOf(violations);
	}

	List<Violation> violations() {
		return this.violations;
	}

	record Violation(String field, String message) {
	}

}
