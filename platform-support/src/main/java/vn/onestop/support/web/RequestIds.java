package vn.onestop.support.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The {@code X-Request-Id} header: taken from the client when it is a safe token, generated otherwise.
 * Unsafe values (too long, spaces, control characters) are replaced so they never reach a log line.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private RequestIds() {
	}

	public static String accept(String fromClient) {
		return fromClient != null && SAFE.matcher(fromClient).matches() ? fromClient : generate();
	}

	public static String generate() {
		return UUID.randomUUID().toString();
	}

	public static String of(ServerHttpRequest request) {
		String id = request.getHeaders().getFirst(HEADER);
		return id != null ? id : "";
	}

}
