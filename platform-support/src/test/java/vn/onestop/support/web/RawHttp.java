package vn.onestop.support.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes no HTTP client would send (an over-long request line, a raw NUL, an unencoded '|') and reads one
 * HTTP/1.1 answer: status, headers (names in lower case) and the body its Content-Length announces.
 */
public final class RawHttp {

	private RawHttp() {
	}

	public record Answer(int status, Map<String, String> headers, String body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/** A GET of {@code target} exactly as given, with the extra header lines (each ending in CRLF). */
	public static Answer get(int port, String target, String extraHeaders) throws IOException {
		return send(port, ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "\r\n")
			.getBytes(StandardCharsets.ISO_8859_1));
	}

	public static Answer send(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			String statusLine = line(in);
			Map<String, String> headers = new LinkedHashMap<>();
			for (String line = line(in); !line.isEmpty(); line = line(in)) {
				int colon = line.indexOf(':');
				headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
			int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
			byte[] body = in.readNBytes(length);
			return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
		}
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("connection closed in the middle of the answer: " + line);
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

}
