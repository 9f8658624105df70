package vn.onestop.rules.citizen;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalIdNumberTest {

	@Test
	void domainExampleIsAManBornIn1987InThanhHoa() {
		PersonalIdNumber id = PersonalIdNumber.parse("038087042028");
		assertThat(id).isEqualTo(new PersonalIdNumber("038087042028", false));
		assertThatCode(() -> id.checkBornAs(LocalDate.of(1987, 3, 4), Gender.MALE)).doesNotThrowAnyException();
	}

	@Test
	void surroundingSpacesAreIgnored() {
		assertThat(PersonalIdNumber.parse(" 038087042028 ").value()).isEqualTo("038087042028");
	}

	@ParameterizedTest
	@CsvSource({ "1900, MALE, 0", "1999, FEMALE, 1", "2000, MALE, 2", "2025, FEMALE, 3", "2100, MALE, 4",
			"2199, FEMALE, 5", "2200, MALE, 6", "2250, FEMALE, 7", "2300, MALE, 8", "2399, FEMALE, 9" })
	void fourthDigitGivesTheCenturyAndTheGender(int year, Gender gender, int digit) {
		String yy = String.format("%02d", year % 100);
		LocalDate born = LocalDate.of(year, 6, 1);
		assertThatCode(() -> PersonalIdNumber.parse("001" + digit + yy + "123456").checkBornAs(born, gender))
			.doesNotThrowAnyException();
		for (int other = 0; other <= 9; other++) {
			if (other != digit) {
				PersonalIdNumber wrong = PersonalIdNumber.parse("001" + other + yy + "123456");
				assertThatThrownBy(() -> wrong.checkBornAs(born, gender)).isInstanceOf(InvalidValue.class)
					.hasMessageContaining("digit 4 must be " + digit);
			}
		}
	}

	@Test
	void femaleBornIn1987HasDigitOne() {
		PersonalIdNumber id = PersonalIdNumber.parse("038187042028");
		assertThatCode(() -> id.checkBornAs(LocalDate.of(1987, 1, 1), Gender.FEMALE)).doesNotThrowAnyException();
		assertThatThrownBy(() -> id.checkBornAs(LocalDate.of(1987, 1, 1), Gender.MALE)).isInstanceOf(InvalidValue.class);
		assertThatThrownBy(() -> id.checkBornAs(LocalDate.of(2087, 1, 1), Gender.FEMALE)).isInstanceOf(InvalidValue.class);
	}

	@ParameterizedTest
	@CsvSource({ "1986", "1988", "1887", "2087" })
	void fifthAndSixthDigitsAreTheBirthYear(int year) {
		PersonalIdNumber id = PersonalIdNumber.parse("038087042028");
		assertThatThrownBy(() -> id.checkBornAs(LocalDate.of(year, 1, 1), Gender.MALE)).isInstanceOf(InvalidValue.class);
	}

	@Test
	void yearsOutsideTheFiveCenturiesCannotBeEncoded() {
		PersonalIdNumber id = PersonalIdNumber.parse("001000123456");
		assertThatThrownBy(() -> id.checkBornAs(LocalDate.of(1800, 1, 1), Gender.MALE))
			.hasMessageContaining("1900–2399");
		assertThatThrownBy(() -> id.checkBornAs(LocalDate.of(2400, 1, 1), Gender.MALE))
			.hasMessageContaining("1900–2399");
	}

	@ParameterizedTest
	@ValueSource(strings = { "000087042028", "003087042028", "097087042028", "099087042028", "100087042028",
			"840087042028", "999087042028", "018087042028", "050087042028" })
	void firstThreeDigitsMustBeAnOldProvinceCode(String id) {
		assertThatThrownBy(() -> PersonalIdNumber.parse(id)).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("province");
	}

	@Test
	void everyOneOfTheSixtyThreeProvinceCodesIsAccepted() {
		assertThat(BirthRegistrationProvinces.CODES).hasSize(63).allMatch(code -> code.matches("0[0-9][0-9]"));
		for (String code : BirthRegistrationProvinces.CODES) {
			assertThat(PersonalIdNumber.parse(code + "087042028").legacy()).isFalse();
		}
		assertThat(BirthRegistrationProvinces.CODES).contains("001", "038", "079", "096").doesNotContain("003", "097");
	}

	@Test
	void nineDigitNumbersAreLegacyAndNotChecked() {
		PersonalIdNumber legacy = PersonalIdNumber.parse("123456789");
		assertThat(legacy.legacy()).isTrue();
		assertThatCode(() -> legacy.checkBornAs(LocalDate.of(1950, 1, 1), Gender.FEMALE)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "03808704202", "0380870420281", "03808704202a", "0380 8704 2028", "12345678", "1234567890",
			"+38087042028", "０３８０８７０４２０２８", "٠٣٨٠٨٧٠٤٢٠٢٨" })
	void otherShapesAreRefused(String id) {
		assertThatThrownBy(() -> PersonalIdNumber.parse(id)).isInstanceOf(InvalidValue.class)
			.hasMessageContaining("12 digits");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void blankIsRequired(String id) {
		assertThatThrownBy(() -> PersonalIdNumber.parse(id)).hasMessage("is required");
		assertThatThrownBy(() -> PersonalIdNumber.parse(null)).hasMessage("is required");
	}

}
