package vn.onestop.launcher.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request exactly as sent: method, request target (already encoded, or deliberately not), headers and body
 * bytes. {@link #describe()} prints it so that it can be read and replayed.
 */
public record FuzzRequest(int index, String operation, String caller, String method, byte[] target, List<Map.Entry<String, byte[]>> headers,
		byte[] body, byte[] raw) {

	/** Bytes that are not meant to be an HTTP request at all, sent as they are. */
	static FuzzRequest raw(int index, String what, byte[] bytes) {
		return new FuzzRequest(index, what, "none", "", new byte[0], List.of(), null, bytes);
	}

	public boolean isRaw() {
		return this.raw != null;
	}

	public byte[] bytes() {
		if (this.raw != null) {
			return this.raw;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(this.method.getBytes(StandardCharsets.ISO_8859_1));
		out.write(' ');
		out.writeBytes(this.target);
		out.writeBytes(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
		for (Map.Entry<String, byte[]> header : this.headers) {
			out.writeBytes((header.getKey() + ": ").getBytes(StandardCharsets.ISO_8859_1));
			out.writeBytes(header.getValue());
			out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
		}
		if (this.body != null) {
			out.writeBytes(("Content-Length: " + this.body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		}
		out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
		if (this.body != null) {
			out.writeBytes(this.body);
		}
		return out.toByteArray();
	}

	/** The request as escaped text, long runs shortened, the token named by its role (the tokens change each run). */
	public String describe() {
		StringBuilder out = new StringBuilder();
		if (this.raw != null) {
			return "#" + this.index + " (" + this.operation + ")\n  " + shorten(escape(this.raw));
		}
		out.append('#').append(this.index).append(" (").append(this.operation).append(")\n  ").append(this.method).append(' ')
			.append(shorten(escape(this.target)));
		for (Map.Entry<String, byte[]> header : this.headers) {
			String value = "Authorization".equals(header.getKey()) ? "<" + this.caller + ">" : escape(header.getValue());
			out.append("\n  ").append(header.getKey()).append(": ").append(shorten(value));
		}
		if (this.body != null) {
			out.append("\n  body (").append(this.body.length).append(" bytes): ").append(shorten(escape(this.body)));
		}
		return out.toString();
	}

	private static String escape(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		for (byte b : bytes) {
			int c = b & 0xff;
			if (c >= 0x20 && c < 0x7f && c != '\\') {
				out.append((char) c);
			}
			else {
				out.append(String.format("\\x%02x", c));
			}
		}
		return out.toString();
	}

	private static String shorten(String text) {
		return text.length() <= 600 ? text : text.substring(0, 400) + " ... (" + (text.length() - 500) + " more) ... "
				+ text.substring(text.length() - 100);
	}

}
