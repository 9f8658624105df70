package vn.onestop.citizen.ward;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnitTypeTest {

	@ParameterizedTest
	@CsvSource({ "Phường Hải Châu, WARD, Hải Châu", "Xã Văn Lung, COMMUNE, Văn Lung", "Thị trấn Hát Lót, TOWN, Hát Lót",
			"Đặc khu Côn Đảo, SPECIAL_ZONE, Côn Đảo", "xã Ia O, COMMUNE, Ia O", "Phường Phường Đúc, WARD, Đúc",
			"Đặc Khu Lý Sơn, SPECIAL_ZONE, Lý Sơn" })
	void unitTypeComesFromTheFullName(String fullName, UnitType type, String bareName) {
		assertThat(UnitType.ofFullName(fullName)).contains(type);
		assertThat(UnitType.withoutPrefix(fullName)).isEqualTo(bareName);
	}

	@Test
	void districtsAndOddTextsHaveNoUnitType() {
		assertThat(UnitType.ofFullName("Huyện Côn Đảo")).isEmpty();
		assertThat(UnitType.ofFullName("Trường bắn TB1")).isEmpty();
		assertThat(UnitType.withoutPrefix("Phổ Hòa")).isEqualTo("Phổ Hòa");
	}

}
