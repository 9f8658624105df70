package vn.onestop.rules.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonFormValidatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 10, 26);

	private static PersonForm form(String name, String id, String born, String gender) {
		return new PersonForm(name, id, born, gender, "0912345678", "an@Example.VN",
				new PersonForm.Address(" 12  Lê Lợi ", "26734"));
	}

	@Test
	void normalisesAValidPerson() {
		PersonFormValidator.Result result = PersonFormValidator.check(form("Nguyễn  Văn An", "038087042028", "1987-03-02",
				"MALE"), TODAY);
		assertThat(result.valid()).isTrue();
		assertThat(result.person()).isEqualTo(new CheckedPerson("Nguyễn Văn An", new PersonalIdNumber("038087042028",
				false), LocalDate.of(1987, 3, 2), Gender.MALE, "0912345678", "an@example.vn", "12 Lê Lợi", "26734"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Nguyễn Văn An|038087042028||MALE|dateOfBirth|is required",
			"Nguyễn Văn An|123456789|1987-03-02||gender|is required",
			"Nguyễn Văn An2|038087042028|1987-03-02|MALE|fullName|must contain only letters, spaces, dots, apostrophes and hyphens",
			"Nguyễn\u202EVăn An|038087042028|1987-03-02|MALE|fullName|must not contain control or invisible characters",
			"Nguyễn\u200BVăn An|038087042028|1987-03-02|MALE|fullName|must not contain control or invisible characters",
			"Nguyễn Văn An|038087042028|1987-03-02|FEMALE|idNumber|digit 4 must be 1 for a female born in the 1900s",
			"Nguyễn Văn An|038087042028|2030-01-01|MALE|dateOfBirth|must not be in the future" })
	void reportsTheFieldAtFault(String name, String id, String born, String gender, String field, String message) {
		assertThat(PersonFormValidator.check(form(name, id, born, gender), TODAY).problems())
			.containsExactly(new FieldProblem(field, message));
	}

	@Test
	void reportsEveryFieldAtOnceAndAMissingAddress() {
		PersonForm form = new PersonForm("", "12", "x", "?", "0241234567", "no", null);
		assertThat(PersonFormValidator.check(form, TODAY).problems()).extracting(FieldProblem::field)
			.isEqualTo(List.of("fullName", "idNumber", "dateOfBirth", "gender", "phone", "email", "address"));
	}

	@Test
	void reportsABadWardCode() {
		PersonForm form = new PersonForm("An", "123456789", "1987-03-02", "MALE", null, null,
				new PersonForm.Address(null, "2673"));
		assertThat(PersonFormValidator.check(form, TODAY).problems())
			.containsExactly(new FieldProblem("address.wardCode", "must be a 5-digit commune-level code"));
	}

	@Test
	void aTwelveDigitNumberStatesTheGenderALegacyOneDoesNot() {
		assertThat(PersonalIdNumber.parse("038187042028").statedGender()).contains(Gender.FEMALE);
		assertThat(PersonalIdNumber.parse("038087042028").statedGender()).contains(Gender.MALE);
		assertThat(PersonalIdNumber.parse("123456789").statedGender()).isEmpty();
	}

}
