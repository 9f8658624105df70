package vn.onestop.notification.template;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTextTest {

	@Test
	void rendersEveryPlaceholderWithItsValue() {
		TemplateText text = TemplateText.parse("Hồ sơ {{dossierCode}} tại {{ wardName }}: hẹn {{appointment}}.");

		assertThat(text.placeholders()).containsExactly(Placeholder.DOSSIER_CODE, Placeholder.WARD_NAME,
				Placeholder.APPOINTMENT);
		assertThat(text.render(Map.of("dossierCode", "H29-250701-0001", "wardName", "Phường Đông Hòa", "appointment",
				"16:30 08/07/2025"))).isEqualTo("Hồ sơ H29-250701-0001 tại Phường Đông Hòa: hẹn 16:30 08/07/2025.");
	}

	@Test
	void insertsValuesLiterallyWithoutReadingThemForPlaceholders() {
		assertThat(TemplateText.parse("{{citizenName}} / {{wardName}}")
			.render(Map.of("citizenName", "{{wardName}} $1 \\", "wardName", "A"))).isEqualTo("{{wardName}} $1 \\ / A");
	}

	@Test
	void acceptsTextWithoutPlaceholdersAndSingleBraces() {
		assertThat(TemplateText.parse("Xin chào {bạn}").render(Map.of())).isEqualTo("Xin chào {bạn}");
	}

	@Test
	void normalisesTheResultToNfc() {
		assertThat(TemplateText.parse("Ho\u0302\u0300 so\u031b").render(Map.of())).isEqualTo("Hồ sơ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{{phone}}", "{{ dossiercode }}", "{{}}", "{{dossierCode}} {{dossier_code}}", "{{ {{wardName}}" })
	void refusesUnknownPlaceholdersNamingThemAndTheKnownOnes(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> TemplateText.parse(text))
			.withMessageContaining("unknown placeholder {{")
			.withMessageContaining("known placeholders: dossierCode, procedureName");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{{dossierCode", "dossierCode}}", "{{wardName}} }}" })
	void refusesUnbalancedMarkers(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> TemplateText.parse(text)).withMessageContaining("unbalanced");
	}

	@Test
	void namesEveryMissingOrBlankValue() {
		TemplateText text = TemplateText.parse("{{dossierCode}} {{wardName}} {{newDate}}");

		assertThatThrownBy(() -> text.render(Map.of("wardName", " "))).isInstanceOfSatisfying(MissingValuesException.class,
				ex -> {
					assertThat(ex.missing()).containsExactly("dossierCode", "wardName", "newDate");
					assertThat(ex).hasMessage("No value for placeholder(s): dossierCode, wardName, newDate");
				});
	}

	@Test
	void refusesValuesLongerThanThePlaceholderAllows() {
		TemplateText text = TemplateText.parse("{{wardName}}");

		assertThat(text.render(Map.of("wardName", "x".repeat(Placeholder.WARD_NAME.maxLength())))).hasSize(40);
		assertThatThrownBy(() -> text.render(Map.of("wardName", "x".repeat(41))))
			.isInstanceOfSatisfying(MissingValuesException.class, ex -> assertThat(ex.tooLong()).containsExactly("wardName"));
	}

	@Test
	void rendersTheLongestValuesForTheWorstCase() {
		assertThat(TemplateText.parse("{{dossierCode}}|{{missingItems}}").renderLongest())
			.hasSize(Placeholder.DOSSIER_CODE.maxLength() + 1 + Placeholder.MISSING_ITEMS.maxLength());
		for (Placeholder placeholder : Placeholder.values()) {
			assertThat(placeholder.longest()).hasSize(placeholder.maxLength()).startsWith(placeholder.example());
			assertThat(placeholder.example().length()).isLessThanOrEqualTo(placeholder.maxLength());
		}
	}

}
