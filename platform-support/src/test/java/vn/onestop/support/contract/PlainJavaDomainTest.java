package vn.onestop.support.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainJavaDomainTest {

	@TempDir
	Path sources;

	@Test
	void acceptsJdkImportsAndTheOnesATestAllows() throws IOException {
		write("Rule", "import java.time.LocalDate;", "import static java.util.Objects.requireNonNull;",
				"import com.google.i18n.phonenumbers.PhoneNumberUtil;");

		assertThatCode(() -> PlainJavaDomain.assertImportsOnlyTheJdk(this.sources, List.of("Rule"),
				"import com\\.google\\.i18n\\.phonenumbers\\..*;"))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesSpringReactorOrAnythingNotAllowed() throws IOException {
		write("Rule", "import java.time.LocalDate;", "import org.springframework.stereotype.Service;");
		write("Other", "import reactor.core.publisher.Mono;");

		assertThatThrownBy(() -> PlainJavaDomain.assertImportsOnlyTheJdk(this.sources, List.of("Rule")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Rule");
		assertThatThrownBy(() -> PlainJavaDomain.assertImportsOnlyTheJdk(this.sources, List.of("Other"),
				"import com\\.google\\..*;"))
			.isInstanceOf(AssertionError.class);
	}

	private void write(String type, String... imports) throws IOException {
		Files.writeString(this.sources.resolve(type + ".java"),
				"package x;\n\n" + String.join("\n", imports) + "\n\nfinal class " + type + " {\n}\n");
	}

}
