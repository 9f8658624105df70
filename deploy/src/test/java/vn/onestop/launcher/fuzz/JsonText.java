package vn.onestop.launcher.fuzz;

import java.util.List;
import java.util.Map;

/**
 * Writes a value tree (maps, lists, strings, numbers, booleans, null, {@link Raw} literals) as JSON text, escaping
 * every control character and every surrogate so that lone surrogates and NUL reach the server as JSON escapes.
 */
public final class JsonText {

	/** A literal written as is: a number no Java type holds ({@code 1e400}), or text that is not JSON at all. */
	public record Raw(String text) {
	}

	private JsonText() {
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Raw raw) {
			out.append(raw.text());
		}
		else if (value instanceof String text) {
			string(text, out);
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				out.append(first ? "" : ",");
				first = false;
				string(String.valueOf(entry.getKey()), out);
				out.append(':');
				write(entry.getValue(), out);
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				out.append(i == 0 ? "" : ",");
				write(list.get(i), out);
			}
			out.append(']');
		}
		else {
			out.append(value);
		}
	}

	private static void string(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c) || c == 0x7f) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		out.append('"');
	}

}
