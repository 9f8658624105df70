package vn.onestop.web.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fixed words of every field message the services behind the officer's and admin's forms can write, read from
 * their sources in this repository: the string literals given to the constructors and helpers that carry a field
 * message ({@code new Violation(field, "must be …")}, {@code new InvalidValue("…")}, {@code message = "…"}), and the
 * default message of each Bean Validation constraint they use without one. A literal holding a space is a message
 * (field names hold none); a message built with values ({@code "must be at most " + MAX + " characters"}) gives its
 * fixed pieces.
 */
final class ApiMessageSources {

	/** The sources behind the pages' forms; imports, ward mergers and reviews have no page. */
	static final List<String> FOLDERS = List.of("intake-service/src/main/java", "citizen-rules/src/main/java",
			"citizen-service/src/main/java/vn/onestop/citizen/records",
			"notification-service/src/main/java/vn/onestop/notification/template",
			"platform-support/src/main/java/vn/onestop/support/web",
			"platform-support/src/main/java/vn/onestop/support/audit");

	private static final Pattern CARRIER = Pattern.compile(
			"\\b(?:InvalidValue|Violation|FieldError|FieldProblem|missing|check|problems\\.add)\\s*\\(");

	private static final Pattern MESSAGE_ATTRIBUTE = Pattern.compile("message\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

	private static final Pattern MESSAGE_CONSTANT = Pattern
		.compile("static final String [A-Z_]*(?:MESSAGE|CONTROLS|GENDER)[A-Z_]*\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Map<String, String> CONSTRAINT_DEFAULTS = Map.of("@NotBlank", "must not be blank",
			"@NotNull", "must not be null", "@NotEmpty", "must not be empty", "@Size", "size must be between",
			"@Min(", "must be greater than or equal to", "@Max(", "must be less than or equal to", "@Email",
			"must be a well-formed email address", "@Positive", "must be greater than", "@PositiveOrZero",
			"must be greater than or equal to 0");

	private ApiMessageSources() {
	}

	static TreeSet<String> fragments(Path repository) {
		TreeSet<String> fragments = new TreeSet<>();
		for (String folder : FOLDERS) {
			try (Stream<Path> files = Files.walk(repository.resolve(folder))) {
				files.filter(file -> file.toString().endsWith(".java")).forEach(file -> fragments.addAll(of(read(file))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return fragments;
	}

	static List<String> of(String source) {
		List<String> found = new ArrayList<>();
		Matcher carrier = CARRIER.matcher(source);
		while (carrier.find()) {
			literals(arguments(source, carrier.end()), found);
		}
		for (Pattern pattern : List.of(MESSAGE_ATTRIBUTE, MESSAGE_CONSTANT)) {
			Matcher matcher = pattern.matcher(source);
			while (matcher.find()) {
				literals(matcher.group(1), found);
			}
		}
		String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
		CONSTRAINT_DEFAULTS.forEach((annotation, message) -> {
			if (Pattern.compile(Pattern.quote(annotation) + (annotation.endsWith("(") ? "" : "\\b")
					+ "(?!\\([^)]*message)").matcher(code).find()) {
				found.add(message);
			}
		});
		return found;
	}

	/** The text up to the parenthesis closing the one just opened, string literals skipped. */
	private static String arguments(String source, int from) {
		int depth = 1;
		boolean inString = false;
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				inString = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return source.substring(from, i);
			}
		}
		return "";
	}

	private static void literals(String text, List<String> found) {
		Matcher literal = LITERAL.matcher(text);
		while (literal.find()) {
			String value = literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\").strip();
			if (value.contains(" ") && !value.isEmpty()) {
				found.add(value);
			}
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
