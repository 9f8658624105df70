package vn.onestop.support.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions keep domain rules in plain Java: a domain class imports the JDK and nothing else
 * but what a test names explicitly (another domain type, a well-kept library such as libphonenumber).
 */
public final class PlainJavaDomain {

	private static final Pattern JDK = Pattern.compile("import (static )?java\\..*;");

	private PlainJavaDomain() {
	}

	/**
	 * @param sources the source folder the types are relative to (e.g. {@code src/main/java/vn/onestop/intake})
	 * @param types the domain types, as paths below {@code sources} without {@code .java}
	 * @param alsoAllowed regular expressions of further import lines a domain type may have
	 */
	public static void assertImportsOnlyTheJdk(Path sources, List<String> types, String... alsoAllowed) {
		List<Pattern> allowed = java.util.stream.Stream.of(alsoAllowed).map(Pattern::compile).toList();
		for (String type : types) {
			assertThat(imports(sources.resolve(type + ".java"))).as(type)
				.allMatch(line -> JDK.matcher(line).matches() || allowed.stream().anyMatch(p -> p.matcher(line).matches()));
		}
	}

	private static List<String> imports(Path source) {
		try {
			return Files.readAllLines(source).stream().map(String::strip).filter(line -> line.startsWith("import ")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
