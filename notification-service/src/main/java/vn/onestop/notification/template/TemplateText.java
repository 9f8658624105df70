package vn.onestop.notification.template;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code {{placeholder}}} markers. Only the known placeholders are accepted; values are
 * inserted as they are, never read for markers again, so a value cannot inject another placeholder.
 */
final class TemplateText {

	private static final Pattern MARKER = Pattern.compile("\\{\\{(.*?)}}");

	private final List<Object> parts;

	private TemplateText(List<Object> parts) {
		this.parts = List.copyOf(parts);
	}

	/** @throws IllegalArgumentException naming the unknown or malformed markers */
	static TemplateText parse(String text) {
		List<Object> parts = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Matcher matcher = MARKER.matcher(text);
		int literalStart = 0;
		while (matcher.find()) {
			literal(text.substring(literalStart, matcher.start()), parts, problems);
			String key = matcher.group(1).strip();
			Placeholder.byKey(key).ifPresentOrElse(parts::add,
					() -> problems.add("unknown placeholder {{" + key + "}}"));
			literalStart = matcher.end();
		}
		literal(text.substring(literalStart), parts, problems);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems) + "; known placeholders: " + known());
		}
		return new TemplateText(parts);
	}

	Set<Placeholder> placeholders() {
		Set<Placeholder> used = new LinkedHashSet<>();
		this.parts.stream().filter(Placeholder.class::isInstance).map(Placeholder.class::cast).forEach(used::add);
		return used;
	}

	/** @throws MissingValuesException when a used placeholder has no value, or one too long */
	String render(Map<String, String> values) {
		List<String> missing = new ArrayList<>();
		List<String> tooLong = new ArrayList<>();
		for (Placeholder placeholder : placeholders()) {
			String value = values.get(placeholder.key());
			if (value == null || value.isBlank()) {
				missing.add(placeholder.key());
			}
			else if (value.length() > placeholder.maxLength()) {
				tooLong.add(placeholder.key());
			}
		}
		if (!missing.isEmpty() || !tooLong.isEmpty()) {
			throw new MissingValuesException(missing, tooLong);
		}
		StringBuilder rendered = new StringBuilder();
		for (Object part : this.parts) {
			rendered.append(part instanceof Placeholder placeholder ? values.get(placeholder.key()).strip() : part);
		}
		return Normalizer.normalize(rendered, Normalizer.Form.NFC);
	}

	String renderLongest() {
		StringBuilder rendered = new StringBuilder();
		this.parts.forEach(part -> rendered.append(part instanceof Placeholder placeholder ? placeholder.longest() : part));
		return Normalizer.normalize(rendered, Normalizer.Form.NFC);
	}

	private static void literal(String literal, List<Object> parts, List<String> problems) {
		if (literal.contains("{{") || literal.contains("}}")) {
			problems.add("unbalanced '{{' or '}}'");
		}
		if (!literal.isEmpty()) {
			parts.add(literal);
		}
	}

	private static String known() {
		return String.join(", ", java.util.Arrays.stream(Placeholder.values()).map(Placeholder::key).toList());
	}

}
