package vn.onestop.intake.citizen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CitizenSnapshotTest {

	@ParameterizedTest
	@CsvSource({ "038087042028, MALE", "038187042028, FEMALE", "001203000001, MALE", "001303000001, FEMALE",
			"079599000001, FEMALE", "079499000001, MALE", "079800000001, MALE" })
	void readsTheGenderFromTheFourthDigitOfA12DigitIdNumber(String idNumber, String gender) {
		assertThat(snapshot(idNumber).gender()).hasValue(gender);
	}

	@ParameterizedTest
	@CsvSource({ "123456789", "03808704202", "0380870420281", "03808704202A" })
	void knowsNoGenderForLegacyOrMalformedNumbers(String idNumber) {
		assertThat(snapshot(idNumber).gender()).isEmpty();
	}

	private static CitizenSnapshot snapshot(String idNumber) {
		return new CitizenSnapshot(idNumber, "Nguyễn Văn An", null, "0912345678", null, "12 Lê Lợi", "20242");
	}

}
