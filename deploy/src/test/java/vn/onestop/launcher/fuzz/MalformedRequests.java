package vn.onestop.launcher.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Bytes that are not a well-formed HTTP/1.1 request: what Reactor Netty itself must refuse. */
final class MalformedRequests {

	private MalformedRequests() {
	}

	static FuzzRequest any(int index, Random random) {
		int kind = random.nextInt(12);
		String text = switch (kind) {
			case 0 -> "GARBAGE\r\n\r\n";
			case 1 -> "GET /api/v1/wards HTTP/1.1\r\nHost: localhost\r\nBroken header line\r\nConnection: close\r\n\r\n";
			case 2 -> "GET /api/v1/wards HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\nConnection: close\r\n\r\n";
			case 3 -> "GET /api/v1/wards HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nContent-Length: 2\r\n"
					+ "Connection: close\r\n\r\nab";
			case 4 -> "POST /api/v1/intake/lookup HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
					+ "Content-Type: application/json\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n";
			case 5 -> "GET /api/v1/wards HTTP/1.1\r\nHost: localhost\r\nX-Long: " + "h".repeat(20_000)
					+ "\r\nConnection: close\r\n\r\n";
			case 6 -> "GET /" + "u".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
			case 7 -> "GET /api/v1/wards HTTP/1.1\r\nHost: [::bad\r\nConnection: close\r\n\r\n";
			case 8 -> "get /api/v1/wards HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
			case 9 -> "FOO /api/v1/wards HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
			case 10 -> "GET /api/v1/wards HTTP/1.1\r\nHost: localhost\r\n X-Folded: yes\r\nConnection: close\r\n\r\n";
			default -> "GET /api/v1/wards HTTP/1.1\r\nHost: localhost\r\nX-Nul: a\u0000b\r\nConnection: close\r\n\r\n";
		};
		return FuzzRequest.raw(index, "malformed request " + kind, text.getBytes(StandardCharsets.ISO_8859_1));
	}

}
