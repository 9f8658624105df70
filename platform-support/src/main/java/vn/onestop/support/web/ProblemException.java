package vn.onestop.support.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * An error whose answer the application knows: a kind (the last segment of the problem type URI),
 * a status, a human-readable detail and, for validation problems, the fields at fault.
 */
public class ProblemException extends RuntimeException {

	private final String kind;

	private final HttpStatus status;

	private final String title;

	private final List<FieldError> fieldErrors;

	private final HttpHeaders headers = new HttpHeaders();

	public ProblemException(HttpStatus status, String kind, String title, String detail) {
		this(status, kind, title, detail, List.of());
	}

	public ProblemException(HttpStatus status, String kind, String title, String detail, List<FieldError> fieldErrors) {
		super(detail);
		this.kind = kind;
		this.status = status;
		this.title = title;
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	public static ProblemException validation(List<FieldError> fieldErrors) {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
				"One or more fields are invalid.", fieldErrors);
	}

	public String kind() {
		return this.kind;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public List<FieldError> fieldErrors() {
		return this.fieldErrors;
	}

	/** Adds a header to the answer, e.g. {@code Retry-After} or {@code WWW-Authenticate}. */
	public ProblemException withHeader(String name, String value) {
		this.headers.set(name, value);
		return this;
	}

	public HttpHeaders headers() {
		return HttpHeaders.readOnlyHttpHeaders(this.headers);
	}

	/** One field at fault: its name (a JSON path or query parameter) and what is wrong with it. */
	public record FieldError(String field, String message) {
	}

}
