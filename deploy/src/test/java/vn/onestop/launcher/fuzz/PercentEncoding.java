package vn.onestop.launcher.fuzz;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding of everything but the unreserved characters, over the UTF-8 bytes. */
final class PercentEncoding {

	private PercentEncoding() {
	}

	static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
					|| c == '~') {
				out.append((char) c);
			}
			else {
				out.append('%').append(String.format("%02X", c));
			}
		}
		return out.toString();
	}

}
