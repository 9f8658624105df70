package vn.onestop.launcher.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a request's bytes on a fresh connection and reads the answer's status line, headers and the start of its
 * body. No HTTP client library: they refuse to send most of what a fuzzer must send.
 */
final class RawExchange {

	private static final int BODY_SHOWN = 2_000;

	private RawExchange() {
	}

	/** The answer, or {@code status} 0 when none came (its {@code body} then says why). */
	record Answer(int status, Map<String, String> headers, String body) {

		String contentType() {
			return this.headers.getOrDefault("content-type", "");
		}

		String summary() {
			return this.status + " " + this.headers + " " + this.body.substring(0, Math.min(this.body.length(), 300));
		}

	}

	static Answer send(String host, int port, byte[] request, int timeoutMillis) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), timeoutMillis);
			socket.setSoTimeout(timeoutMillis);
			try {
				socket.getOutputStream().write(request);
				socket.getOutputStream().flush();
			}
			catch (IOException refusedMidway) {
				// the server may answer and close before reading all of an over-long request: read that answer
			}
			return read(socket.getInputStream());
		}
		catch (IOException ex) {
			return new Answer(0, Map.of(), "no answer: " + ex);
		}
	}

	private static Answer read(InputStream in) throws IOException {
		String statusLine = line(in);
		if (statusLine == null) {
			return new Answer(0, Map.of(), "no answer: connection closed without a status line");
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
		}
		String[] parts = statusLine.split(" ");
		int status = parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : 0;
		int length = headers.containsKey("content-length") ? Integer.parseInt(headers.get("content-length")) : 0;
		byte[] body = in.readNBytes(Math.min(length, BODY_SHOWN));
		return new Answer(status, headers, status == 0 ? "not an HTTP status line: " + statusLine
				: new String(body, StandardCharsets.UTF_8));
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

}
