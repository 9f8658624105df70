package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.onestop.citizen.imports.ImportRow;
import vn.onestop.citizen.imports.RowOutcome.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.onestop.rules.citizen.FieldProblem;
import vn.onestop.rules.citizen.Gender;
import vn.onestop.rules.citizen.PersonalIdNumber;

/** The rules by which an imported row meets the stored citizen, and how a row is checked. */
class ImportComparisonTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	private static final String WARD = "20242";

	private static final String ID = "001087000123";

	@Test
	void theSameValuesAreUnchanged() {
		ImportComparison comparison = compare(stored("0912345678", null, null), row(Map.of("phone", "+84 912 345 678")));
		assertThat(comparison.outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(comparison.conflicts()).isEmpty();
	}

	@Test
	void aBlankColumnSaysNothing() {
		assertThat(compare(stored("0912345678", "a@example.vn", "Số 5"), row(Map.of())).outcome())
			.isEqualTo(Outcome.UNCHANGED);
	}

	@Test
	void aMissingPhoneEmailOrAddressLineIsFilledIn() {
		ImportComparison comparison = compare(stored(null, null, null),
				row(Map.of("phone", "0912345678", "email", "An@Example.VN", "address.line", "Số 5")));
		assertThat(comparison.outcome()).isEqualTo(Outcome.MERGED);
		assertThat(comparison.merged().phone()).isEqualTo("0912345678");
		assertThat(comparison.merged().email()).isEqualTo("An@example.vn");
		assertThat(comparison.merged().address().line()).isEqualTo("Số 5");
		assertThat(comparison.merged().address().wardCode()).isEqualTo(WARD);
	}

	@Test
	void anotherPhoneIsAConflictListingTheFillInsToo() {
		ImportComparison comparison = compare(stored("0912345678", null, null),
				row(Map.of("phone", "0987654321", "email", "an@example.vn")));
		assertThat(comparison.outcome()).isEqualTo(Outcome.CONFLICT);
		assertThat(comparison.conflicts()).containsExactly(
				new ImportComparison.FieldConflict("phone", "0912345678", "0987654321"),
				new ImportComparison.FieldConflict("email", null, "an@example.vn"));
		assertThat(comparison.merged()).as("nothing is written").isEqualTo(stored("0912345678", null, null).details());
	}

	@Test
	void theNameBirthDateGenderWardAndPreferencesConflict() {
		Citizen stored = stored(null, null, null);
		assertConflictOn(stored, Map.of("fullName", "Nguyễn Văn Bình"), "fullName");
		assertConflictOn(stored, Map.of("dateOfBirth", "1987-03-05"), "dateOfBirth");
		assertConflictOn(stored, Map.of("preferences.channel", "EMAIL", "email", "a@example.vn", "preferences.consent",
				"true"), "email", "preferences.channel", "preferences.consent");
		Citizen elsewhere = new Citizen(stored.id(), new CitizenDetails(stored.details().fullName(), stored.details().idNumber(),
				stored.details().dateOfBirth(), stored.details().gender(), null, null,
				new CitizenDetails.Address(null, "00004"), stored.details().preferences()), null, true, 1);
		assertConflictOn(elsewhere, Map.of(), "address.wardCode");
	}

	@Test
	void aNameInNfdOrWithExtraSpacesIsTheSameName() {
		String nfd = java.text.Normalizer.normalize("  Nguyễn   Văn An ", java.text.Normalizer.Form.NFD);
		assertThat(compare(stored(null, null, null), row(Map.of("fullName", nfd))).outcome()).isEqualTo(Outcome.UNCHANGED);
	}

	@Test
	void anInactiveCitizenIsNeverFilledInByAnImport() {
		Citizen inactive = stored(null, null, null).deactivated();
		ImportComparison comparison = compare(inactive, row(Map.of("phone", "0912345678")));
		assertThat(comparison.outcome()).isEqualTo(Outcome.CONFLICT);
		assertThat(comparison.conflicts()).extracting(ImportComparison.FieldConflict::field).containsExactly("phone");
		assertThat(compare(inactive, row(Map.of())).outcome()).isEqualTo(Outcome.UNCHANGED);
	}

	@Test
	void aRowIsCheckedByTheRegistrationRulesWithTheSuccessorWard() {
		ImportedRecord record = ImportedRecord.read(row(Map.of("address.wardCode", "00001", "preferences.consent", "1")),
				WARD, TODAY);
		assertThat(record.details().address().wardCode()).isEqualTo(WARD);
		assertThat(record.oldWardCode()).isEqualTo("00001");
		assertThat(record.details().preferences().consent()).isTrue();
		assertThat(record.given()).contains("fullName", "address.wardCode", "preferences.consent").doesNotContain("phone");
	}

	@Test
	void everyFieldAtFaultIsReported() {
		Map<String, String> values = new HashMap<>(Map.of("phone", "02437654321", "address.wardCode", "1",
				"preferences.consent", "perhaps", "dateOfBirth", "04/03/1987"));
		assertThatThrownBy(() -> ImportedRecord.read(rowOf(values), WARD, TODAY)).isInstanceOfSatisfying(
				InvalidCitizenForm.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactly("dateOfBirth", "phone", "preferences.consent", "address.wardCode"));
	}

	@Test
	void aNumberThatDisagreesWithTheBirthYearIsInvalid() {
		assertThatThrownBy(() -> ImportedRecord.read(rowOf(Map.of("dateOfBirth", "1990-01-01")), WARD, TODAY))
			.isInstanceOfSatisfying(InvalidCitizenForm.class, ex -> assertThat(ex.problems())
				.extracting(FieldProblem::field).containsExactly("idNumber"));
	}

	private static void assertConflictOn(Citizen stored, Map<String, String> values, String... fields) {
		ImportComparison comparison = compare(stored, row(values));
		assertThat(comparison.outcome()).isEqualTo(Outcome.CONFLICT);
		assertThat(comparison.conflicts()).extracting(ImportComparison.FieldConflict::field).containsExactly(fields);
	}

	private static ImportComparison compare(Citizen stored, ImportRow row) {
		return ImportComparison.of(stored, ImportedRecord.read(row, WARD, TODAY));
	}

	private static Citizen stored(String phone, String email, String line) {
		return new Citizen(UUID.randomUUID(), new CitizenDetails("Nguyễn Văn An", new PersonalIdNumber(ID, false),
				LocalDate.of(1987, 3, 4), Gender.MALE, phone, email, new CitizenDetails.Address(line, WARD),
				new CitizenDetails.Preferences(NotificationChannel.NONE, false)), null, true, 3);
	}

	private static ImportRow row(Map<String, String> values) {
		return rowOf(values);
	}

	private static ImportRow rowOf(Map<String, String> given) {
		Map<String, String> values = new HashMap<>(Map.of("fullName", "Nguyễn Văn An", "idNumber", ID, "dateOfBirth",
				"1987-03-04", "gender", "MALE"));
		values.putAll(given);
		return new ImportRow(7, values, List.of());
	}

}
