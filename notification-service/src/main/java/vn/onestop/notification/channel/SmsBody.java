package vn.onestop.notification.channel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a provider's body template, escaping each value for the body's content type. */
final class SmsBody {

	static final Set<String> PLACEHOLDERS = Set.of("phone", "text", "brandname", "messageId");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

	private final String template;

	private final UnaryOperator<String> escaping;

	SmsBody(String template, String contentType) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		while (matcher.find()) {
			if (!PLACEHOLDERS.contains(matcher.group(1))) {
				throw new IllegalArgumentException("notification.sms.http.body-template uses unknown placeholder {{"
						+ matcher.group(1) + "}}; known: " + PLACEHOLDERS);
			}
		}
		this.template = template;
		this.escaping = escapingFor(contentType);
	}

	String render(Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(this.template);
		StringBuilder body = new StringBuilder();
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), "");
			matcher.appendReplacement(body, Matcher.quoteReplacement(this.escaping.apply(value)));
		}
		matcher.appendTail(body);
		return body.toString();
	}

	private static UnaryOperator<String> escapingFor(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT);
		if (type.contains("json")) {
			return SmsBody::json;
		}
		if (type.contains("x-www-form-urlencoded")) {
			return value -> URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
		return UnaryOperator.identity();
	}

	static String json(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		value.chars().forEach(c -> {
			switch (c) {
				case '"' -> escaped.append("\\\"");
				case '\\' -> escaped.append("\\\\");
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\t' -> escaped.append("\\t");
				default -> {
					if (c < 0x20) {
						escaped.append(String.format("\\u%04x", c));
					}
					else {
						escaped.append((char) c);
					}
				}
			}
		});
		return escaped.toString();
	}

}
