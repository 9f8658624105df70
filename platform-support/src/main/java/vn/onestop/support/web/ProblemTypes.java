package vn.onestop.support.web;

import java.net.URI;

/**
 * The stable problem type URIs. A kind never changes meaning once published; clients may switch on it.
 */
public final class ProblemTypes {

	public static final String PREFIX = "urn:onestop:problem:";

	public static final String VALIDATION = "validation";

	public static final String MALFORMED_BODY = "malformed-body";

	public static final String INVALID_PARAMETER = "invalid-parameter";

	/** The request line, a header or the URI is not valid HTTP: answered before any route is chosen. */
	public static final String MALFORMED_REQUEST = "malformed-request";

	/** The path holds what no route may receive: an encoded slash, backslash or NUL, {@code ..}, {@code ;}, {@code //}. */
	public static final String REJECTED_PATH = "rejected-path";

	/** 414: the request line is longer than the server reads. */
	public static final String URI_TOO_LONG = "uri-too-long";

	/** 431: the headers are larger than the server reads. */
	public static final String HEADERS_TOO_LARGE = "headers-too-large";

	public static final String PAYLOAD_TOO_LARGE = "payload-too-large";

	public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";

	public static final String NOT_ACCEPTABLE = "not-acceptable";

	public static final String METHOD_NOT_ALLOWED = "method-not-allowed";

	public static final String NOT_FOUND = "not-found";

	public static final String CONFLICT = "conflict";

	public static final String SERVICE_UNAVAILABLE = "service-unavailable";

	/** The service cannot reach its database just now: 503 with {@code Retry-After}; retry the same request. */
	public static final String DATABASE_UNAVAILABLE = "database-unavailable";

	public static final String UPSTREAM_TIMEOUT = "upstream-timeout";

	public static final String INTERNAL = "internal-error";

	/** No access token, or one that is invalid or expired: 401 with {@code WWW-Authenticate}. */
	public static final String UNAUTHENTICATED = "unauthenticated";

	/** A valid token whose roles do not allow this: 403. */
	public static final String FORBIDDEN = "forbidden";

	/** Over a rate limit: 429 with {@code Retry-After}. */
	public static final String TOO_MANY_REQUESTS = "too-many-requests";

	private ProblemTypes() {
	}

	public static URI of(String kind) {
		return URI.create(PREFIX + kind);
	}

}
