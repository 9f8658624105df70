package vn.onestop.support.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * The problem for an error the HTTP server answered on its own, knowing only the status: Reactor Netty when it
 * cannot decode a request, Spring when it cannot parse its URI. Written by hand: it is built on the event loop for
 * a request that never reached Spring's codecs, and every value but the request id (a UUID or a safe client token)
 * is a constant of this class.
 */
final class BareErrorProblems {

	private BareErrorProblems() {
	}

	static String json(int status, String requestId) {
		ProblemException problem = forStatus(status);
		return "{\"type\":\"" + ProblemTypes.PREFIX + problem.kind() + "\",\"title\":\"" + problem.title()
				+ "\",\"status\":" + status + ",\"detail\":\"" + problem.getMessage() + "\",\"requestId\":\"" + requestId
				+ "\"}";
	}

	static ProblemException forStatus(int code) {
		HttpStatus status = HttpStatus.resolve(code);
		if (status == null) {
			status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
		}
		return switch (status) {
			case BAD_REQUEST -> new ProblemException(status, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
					"The request line, a header or the URI is not valid HTTP; percent-encode reserved characters in paths "
							+ "and query strings.");
			case URI_TOO_LONG -> new ProblemException(status, ProblemTypes.URI_TOO_LONG, "URI too long",
					"The request line is longer than the server reads; send long values in the request body.");
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> new ProblemException(status, ProblemTypes.HEADERS_TOO_LARGE,
					"Headers too large", "The request headers are larger than the server reads.");
			case CONTENT_TOO_LARGE -> PayloadTooLargeException.withoutLimit();
			case SERVICE_UNAVAILABLE -> new ProblemException(status, ProblemTypes.SERVICE_UNAVAILABLE,
					"Service unavailable", "The service is temporarily unavailable; try again shortly.");
			default -> status.is4xxClientError()
					? new ProblemException(status, status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
							status.getReasonPhrase(), status.getReasonPhrase() + ".")
					: new ProblemException(status, ProblemTypes.INTERNAL, "Internal error",
							"An unexpected error occurred. Quote the request id when you contact support.");
		};
	}

}
