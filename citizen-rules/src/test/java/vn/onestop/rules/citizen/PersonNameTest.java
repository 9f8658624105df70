package vn.onestop.rules.citizen;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonNameTest {

	@Test
	void decomposedInputIsStoredComposed() {
		String nfd = Normalizer.normalize("Nguyễn Thị Thuỷ", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo("Nguyễn Thị Thuỷ");
		assertThat(PersonName.normalize(nfd)).isEqualTo("Nguyễn Thị Thuỷ")
			.isEqualTo(Normalizer.normalize("Nguyễn Thị Thuỷ", Normalizer.Form.NFC));
	}

	@Test
	void spacesAreCollapsedAndTrimmed() {
		assertThat(PersonName.normalize("  Trần   Văn  Đức ")).isEqualTo("Trần Văn Đức");
	}

	@ParameterizedTest
	@ValueSource(strings = { "H'Hen Niê", "Nguyễn-Trần Minh", "Y. Moan", "Đặng Thị Ngọc Thuỵ", "Lò Văn Pọm", "ĐINH VĂN A",
			"Kpă Y’Nhi" })
	void vietnameseAndMinorityNamesAreAccepted(String name) {
		assertThat(PersonName.normalize(name)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nguyễn\tVăn A", "Nguyễn\nVăn A", "Nguyễn\u0000Văn A", "Nguyễn\u007FVăn A",
			"Nguyễn\u200BVăn A", "Nguyễn\u202EVăn A", "Nguyễn\u2028Văn A", "\uFEFFNguyễn Văn A", "Nguyễn\u0085Văn A" })
	void controlAndInvisibleCharactersAreRefused(String name) {
		assertThatThrownBy(() -> PersonName.normalize(name)).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("control");
	}

	@Test
	void aHundredCharactersIsTheLimitCountedAfterComposition() {
		String hundred = "Nguyễn " + "a".repeat(93);
		assertThat(hundred).hasSize(100);
		assertThat(PersonName.normalize(hundred)).hasSize(100);
		assertThat(PersonName.normalize(Normalizer.normalize(hundred, Normalizer.Form.NFD))).isEqualTo(hundred);
		assertThatThrownBy(() -> PersonName.normalize(hundred + "a")).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("at most 100");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nguyễn Văn 2", "Nguyễn <script>", "Nguyễn; drop table", "'Nguyễn", "-Lan", "😀 Lan",
			"Nguyễn@Văn" })
	void digitsSymbolsAndLeadingPunctuationAreRefused(String name) {
		assertThatThrownBy(() -> PersonName.normalize(name)).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("only letters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void blankIsRequired(String name) {
		assertThatThrownBy(() -> PersonName.normalize(name)).hasMessage("is required");
		assertThatThrownBy(() -> PersonName.normalize(null)).hasMessage("is required");
	}

}
