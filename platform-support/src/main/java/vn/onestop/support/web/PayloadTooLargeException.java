package vn.onestop.support.web;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** The request body is larger than the configured limit ({@code platform.http.max-body-size}). */
public final class PayloadTooLargeException extends ProblemException {

	private PayloadTooLargeException(String detail) {
		super(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", detail);
	}

	public static PayloadTooLargeException over(DataSize limit) {
		return new PayloadTooLargeException("The request body exceeds the limit of " + limit.toBytes() + " bytes.");
	}

	static PayloadTooLargeException withoutLimit() {
		return new PayloadTooLargeException("The request body exceeds the configured limit.");
	}

}
