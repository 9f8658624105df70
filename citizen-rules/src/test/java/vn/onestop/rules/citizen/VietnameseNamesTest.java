package vn.onestop.rules.citizen;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseNamesTest {

	@Test
	void nfcComposesDecomposedInputAndCollapsesSpaces() {
		String decomposed = Normalizer.normalize("Phường  Hải Châu ", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("Phường Hải Châu");
		assertThat(VietnameseNames.nfc(decomposed)).isEqualTo("Phường Hải Châu");
	}

	@ParameterizedTest
	@CsvSource({ "Hoà An, Hòa An", "Thuỷ Nguyên, Thủy Nguyên", "Xã Thuỵ Hương, xã thụy hương", "Khánh Hoà, KHÁNH HÒA",
			"Sỹ, Sĩ", "Kỳ Anh, Kì Anh", "Hòa Tú II, Hòa Tú 2", "Phường IV, Phường 4", "Thị trấn NT Liên Sơn, Thị trấn Nông trường Liên Sơn",
			"Cư M'gar, Cư M’gar", "Quý, Quí" })
	void matchKeyFoldsSpellingVariants(String one, String other) {
		assertThat(VietnameseNames.matchKey(one)).isEqualTo(VietnameseNames.matchKey(other));
	}

	@Test
	void matchKeyIgnoresNfdInput() {
		assertThat(VietnameseNames.matchKey(Normalizer.normalize("Thuỷ", Normalizer.Form.NFD)))
			.isEqualTo(VietnameseNames.matchKey("Thủy"));
	}

	@ParameterizedTest
	@CsvSource({ "Hòa, Hóa", "Hải Châu, Hài Châu", "Tân, Tấn", "Đông, Dong", "Phường Vi, Phường VI", "Thu, Thư" })
	void matchKeyKeepsTonesVowelsAndDStroke(String one, String other) {
		assertThat(VietnameseNames.matchKey(one)).isNotEqualTo(VietnameseNames.matchKey(other));
	}

	@Test
	void accentFreeStripsAllMarksAndMapsDStroke() {
		assertThat(VietnameseNames.accentFree("Phường Đống Đa")).isEqualTo("phuong dong da");
		assertThat(VietnameseNames.accentFree("Thừa Thiên Huế")).isEqualTo("thua thien hue");
		assertThat(VietnameseNames.accentFree(Normalizer.normalize("Đắk Lắk", Normalizer.Form.NFD))).isEqualTo("dak lak");
	}

	@ParameterizedTest
	@CsvSource({ "Xã Ealy, Xã Ea Ly", "Phường Văn Miếu - Quốc Tử Giám, Phường Văn Miếu Quốc Tử Giám",
			"Phường Thảo Ngu yên, Phường Thảo Nguyên", "Xã ĐamBri, Xã Đam Bri", "Xã Hoà Hiệp, Xa Hoa Hiep" })
	void looseKeyIgnoresAccentsSpacesAndPunctuation(String one, String other) {
		assertThat(VietnameseNames.looseKey(one)).isEqualTo(VietnameseNames.looseKey(other));
	}

	@Test
	void searchKeyIsWhatAnUnaccentedQueryLooksLike() {
		assertThat(VietnameseNames.searchKey("Phường Hải Châu")).isEqualTo("phuong hai chau");
		assertThat(VietnameseNames.searchKey("hai chau")).isEqualTo("hai chau");
		assertThat(VietnameseNames.searchKey("Mỹ Đình")).isEqualTo(VietnameseNames.searchKey("mi dinh"));
	}

}
