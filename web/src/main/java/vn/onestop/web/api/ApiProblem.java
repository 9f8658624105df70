package vn.onestop.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An API answer that was not a success, as the pages need it: the status, the problem's kind (the last segment
 * of its {@code type}), its detail, the fields at fault with their messages, and how long to wait after a 429.
 */
public final class ApiProblem extends RuntimeException {

	private final int status;

	private final String kind;

	private final Map<String, String> fieldErrors;

	private final Long retryAfterSeconds;

	public ApiProblem(int status, String kind, String detail, Map<String, String> fieldErrors, Long retryAfterSeconds) {
		super(detail == null ? "HTTP " + status : detail, null, false, false);
		this.status = status;
		this.kind = kind == null ? "" : kind;
		this.fieldErrors = Map.copyOf(fieldErrors);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	static ApiProblem of(int status, Body body, Long retryAfterSeconds) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (body.errors() != null) {
			body.errors().forEach(error -> fields.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
		}
		String type = body.type() == null ? "" : body.type();
		// the services' types are URNs (urn:onestop:problem:<kind>); a URL type ends in /<kind>
		String kind = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
		return new ApiProblem(status, kind, body.detail(), fields, retryAfterSeconds);
	}

	public int status() {
		return this.status;
	}

	public String kind() {
		return this.kind;
	}

	public Map<String, String> fieldErrors() {
		return this.fieldErrors;
	}

	public Long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	public boolean is(int status) {
		return this.status == status;
	}

	/** The problem+json body the services answer with. */
	record Body(String type, String title, String detail, List<FieldError> errors) {

		static final Body EMPTY = new Body(null, null, null, List.of());

	}

	record FieldError(String field, String message) {
	}

}
