package vn.onestop.web.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field message the services behind the officer's and admin's forms can write is shown in Vietnamese: each
 * example in {@code api-field-messages.txt} has a text in the bundle, and every fixed piece of a field message in
 * those services' sources (read from this repository) appears in one of the examples, so a message added to a
 * validator fails here until it is translated.
 */
class ApiMessagesTest {

	private final ApiText text = new ApiText(bundle());

	@Test
	void everyExampleOfTheApisFieldMessagesHasAVietnameseText() throws IOException {
		assertThat(examples()).hasSizeGreaterThan(100)
			.allSatisfy(message -> assertThat(this.text.knows(message)).as("Vietnamese text for \"%s\"", message).isTrue());
	}

	@Test
	void everyFieldMessageInTheServicesSourcesHasAnExample() throws IOException {
		List<String> examples = examples();
		assertThat(ApiMessageSources.fragments(repository())).hasSizeGreaterThan(100)
			.allSatisfy(fragment -> assertThat(examples).as("an example in api-field-messages.txt containing \"%s\"",
					fragment).anyMatch(example -> example.contains(fragment)));
	}

	@Test
	void numbersAndNamesInAMessageAreCarriedIntoTheVietnameseText() {
		assertThat(this.text.of("must be at most 300 characters")).isEqualTo("Tối đa 300 ký tự.");
		assertThat(this.text.of("2026-09-02 is listed twice")).isEqualTo("Ngày 02/09/2026 bị liệt kê hai lần.");
		assertThat(this.text.of("a make-up working day must be a Saturday or Sunday; 2026-05-05 is a TUESDAY"))
			.isEqualTo("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật. Ngày 05/05/2026 là thứ Ba.");
		assertThat(this.text.of("is not a document of procedure 1.001234"))
			.isEqualTo("Không thuộc thành phần hồ sơ của thủ tục 1.001234.");
		assertThat(this.text.of("needs up to 3 segments; maxSegments is 1"))
			.isEqualTo("Tin nhắn cần tới 3 phần; số phần tối đa đang đặt là 1.");
		assertThat(this.text.knows("must be a brand new rule")).isFalse();
	}

	@Test
	void theSourceReaderFindsLiteralsOfTheMessageCarriersAndTheDefaultsOfBareConstraints() {
		String source = """
				record Form(@NotBlank @Size(max = 20) String name, @Pattern(regexp = "x", message = "must be an x") String x) {}
				class Rules {
					void check() {
						violations.add(new Violation("days[" + i + "].date",
								day.date() + " is listed twice"));
						throw new InvalidValue("must be at most " + MAX + " characters");
					}
				}
				""";
		assertThat(ApiMessageSources.of(source)).containsExactlyInAnyOrder("is listed twice", "must be at most",
				"must be an x", "must not be blank", "size must be between");
	}

	private static List<String> examples() throws IOException {
		try (var in = Objects.requireNonNull(ApiMessagesTest.class.getResourceAsStream("/api-field-messages.txt"))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	/** The tests run in {@code web/}; the services' sources are its siblings in the repository. */
	private static Path repository() {
		Path root = Path.of("").toAbsolutePath().getParent();
		assertThat(root.resolve("intake-service/src/main/java")).as("the repository's sources").isDirectory();
		return root;
	}

	private static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
