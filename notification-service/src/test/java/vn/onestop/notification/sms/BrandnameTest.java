package vn.onestop.notification.sms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class BrandnameTest {

	@ParameterizedTest
	@ValueSource(strings = { "A", "UBND", "UBND HAC TH", "MOTCUA-HCM", "ubnd_phuong", "DVC.GOV", "1022HUE",
			"113A", "A1 2-3_4.5" })
	void acceptsLatinLettersDigitsAndSeparatorsUpToElevenCharacters(String value) {
		assertThat(new Brandname(value).value()).isEqualTo(value);
		assertThat(new Brandname(value)).hasToString(value);
	}

	@Test
	void acceptsExactlyElevenCharactersAndRefusesTwelve() {
		assertThat(new Brandname("ABCDEFGHIJK").value()).hasSize(Brandname.MAX_LENGTH);
		assertThatIllegalArgumentException().isThrownBy(() -> new Brandname("ABCDEFGHIJKL"))
			.withMessageContaining("at most 11");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "   ", "\t" })
	void refusesBlank(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Brandname(value)).withMessageContaining("blank");
	}

	@Test
	void refusesNull() {
		assertThatNullPointerException().isThrownBy(() -> new Brandname(null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "PHƯỜNG", "ĐÀ NẴNG", "Café", "UBND!", "UBND@HCM", "A/B", "A\tB", "MỘT CỬA", "ＵＢＮＤ",
			"UBND😀" })
	void refusesCharactersOutsideTheAllowedSet(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Brandname(value))
			.withMessageContaining("only Latin letters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "19001234", "12345678901", "0236 123", "1900.1234", "1-2_3", "--" })
	void refusesNamesWithoutALetter(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Brandname(value))
			.withMessageContaining("not only digits");
	}

	@ParameterizedTest
	@ValueSource(strings = { " UBND", "UBND ", " UBND " })
	void refusesLeadingOrTrailingSpaces(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Brandname(value))
			.withMessageContaining("start or end");
	}

	@Test
	void isEqualByValue() {
		assertThat(new Brandname("UBND")).isEqualTo(new Brandname("UBND")).isNotEqualTo(new Brandname("ubnd"));
	}

}
