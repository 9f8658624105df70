package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.citizen.records.CitizenForm.AddressForm;
import vn.onestop.citizen.records.CitizenForm.PreferencesForm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.onestop.rules.citizen.FieldProblem;
import vn.onestop.rules.citizen.Gender;
import vn.onestop.rules.citizen.PersonalIdNumber;

class CitizenFormValidatorTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private static final CitizenForm VALID = new CitizenForm(" Nguyễn  Văn Dũng ", "038087042028", "1987-03-04", "male",
			"+84 912 345 678", "Dung@Example.VN", new AddressForm("Số 5 ngõ 12", "20242"), new PreferencesForm("sms", true));

	@Test
	void validFormIsNormalised() {
		CitizenDetails details = CitizenFormValidator.validate(VALID, TODAY);
		assertThat(details).isEqualTo(new CitizenDetails("Nguyễn Văn Dũng", new PersonalIdNumber("038087042028", false),
				LocalDate.of(1987, 3, 4), Gender.MALE, "0912345678", "Dung@example.vn",
				new CitizenDetails.Address("Số 5 ngõ 12", "20242"),
				new CitizenDetails.Preferences(NotificationChannel.SMS, true)));
	}

	@Test
	void optionalFieldsMayBeAbsent() {
		CitizenDetails details = CitizenFormValidator.validate(new CitizenForm("Lê Thị Hoà", "123456789", "1950-01-01",
				"FEMALE", null, null, new AddressForm(null, "20242"), null), TODAY);
		assertThat(details.idNumber().legacy()).isTrue();
		assertThat(details.phone()).isNull();
		assertThat(details.email()).isNull();
		assertThat(details.address().line()).isNull();
		assertThat(details.preferences()).isEqualTo(new CitizenDetails.Preferences(NotificationChannel.NOT_CHOSEN, false));
	}

	@Test
	void noChannelGivenIsNotChosenWhichIsNotChoosingNone() {
		assertThat(CitizenFormValidator.validate(withPreferences(null, null, new PreferencesForm(null, null)), TODAY)
			.preferences()).isEqualTo(new CitizenDetails.Preferences(NotificationChannel.NOT_CHOSEN, false));
		assertThat(CitizenFormValidator.validate(withPreferences(null, null, new PreferencesForm(" ", true)), TODAY)
			.preferences()).isEqualTo(new CitizenDetails.Preferences(NotificationChannel.NOT_CHOSEN, true));
		assertThat(CitizenFormValidator.validate(withPreferences(null, null, new PreferencesForm("not_chosen", false)), TODAY)
			.preferences()).isEqualTo(new CitizenDetails.Preferences(NotificationChannel.NOT_CHOSEN, false));
		assertThat(CitizenFormValidator.validate(withPreferences(null, null, new PreferencesForm("NONE", false)), TODAY)
			.preferences()).isEqualTo(new CitizenDetails.Preferences(NotificationChannel.NONE, false));
		assertThat(problems(withPreferences(null, null, new PreferencesForm("ZALO", true))))
			.containsExactly(new FieldProblem("preferences.channel", "must be SMS, EMAIL or NONE"));
	}

	@Test
	void everyFieldAtFaultIsReportedAtOnce() {
		CitizenForm bad = new CitizenForm("Nguyễn\u0000", "12345", "1987-02-30", "X", "02373900900", "not-an-email",
				new AddressForm("x".repeat(201), "2024"), new PreferencesForm("PIGEON", null));
		assertThat(problems(bad)).extracting(FieldProblem::field).containsExactly("fullName", "idNumber", "dateOfBirth",
				"gender", "phone", "email", "address.line", "address.wardCode", "preferences.channel");
	}

	@Test
	void missingRequiredFieldsAreNamed() {
		assertThat(problems(new CitizenForm(null, null, null, null, null, null, null, null)))
			.containsExactly(new FieldProblem("fullName", "is required"), new FieldProblem("idNumber", "is required"),
					new FieldProblem("dateOfBirth", "is required"), new FieldProblem("gender", "is required"),
					new FieldProblem("address", "is required"));
		assertThat(problems(null)).containsExactly(new FieldProblem("body", "is required"));
		assertThat(problems(withAddress(new AddressForm("x", " ")))).containsExactly(
				new FieldProblem("address.wardCode", "is required"));
	}

	@Test
	void dateOfBirthIsNotInTheFutureNorBefore1900() {
		assertThat(problems(born("2026-11-22", "001226123456"))).containsExactly(
				new FieldProblem("dateOfBirth", "must not be in the future"));
		assertThat(problems(born("1899-12-31", "001099123456"))).containsExactly(
				new FieldProblem("dateOfBirth", "must not be before 1900-01-01"));
		assertThat(problems(born("21/11/2000", "001200123456"))).containsExactly(
				new FieldProblem("dateOfBirth", "must be a date as YYYY-MM-DD"));
		assertThat(CitizenFormValidator.validate(born("2026-11-21", "001226123456"), TODAY).dateOfBirth()).isEqualTo(TODAY);
		assertThat(CitizenFormValidator.validate(born("1900-01-01", "001000123456"), TODAY).dateOfBirth())
			.isEqualTo(LocalDate.of(1900, 1, 1));
	}

	@Test
	void idNumberMustAgreeWithDateOfBirthAndGender() {
		assertThat(problems(born("2001-05-05", "038087042028"))).extracting(FieldProblem::field).containsExactly("idNumber");
		CitizenForm woman = new CitizenForm("Lê Thị Hoà", "038087042028", "1987-03-04", "FEMALE", null, null,
				new AddressForm(null, "20242"), null);
		assertThat(problems(woman)).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("idNumber");
			assertThat(p.message()).contains("digit 4 must be 1");
		});
	}

	@Test
	void aChannelNeedsItsAddressAndConsent() {
		assertThat(problems(withPreferences(null, null, new PreferencesForm("SMS", true))))
			.containsExactly(new FieldProblem("preferences.channel", "SMS needs a mobile phone number"));
		assertThat(problems(withPreferences("0912345678", null, new PreferencesForm("EMAIL", true))))
			.containsExactly(new FieldProblem("preferences.channel", "EMAIL needs an e-mail address"));
		assertThat(problems(withPreferences("0912345678", null, new PreferencesForm("SMS", false))))
			.containsExactly(new FieldProblem("preferences.consent", "must be true to be notified by SMS"));
		assertThat(problems(withPreferences("0912345", null, new PreferencesForm("SMS", true))))
			.extracting(FieldProblem::field).containsExactly("phone");
		assertThat(CitizenFormValidator.validate(withPreferences(null, null, new PreferencesForm("NONE", true)), TODAY)
			.preferences()).isEqualTo(new CitizenDetails.Preferences(NotificationChannel.NONE, true));
	}

	@Test
	void addressLineIsComposedAndRefusesControlCharacters() {
		assertThat(CitizenFormValidator.validate(withAddress(new AddressForm(" Thôn  Đông ", "20242")), TODAY).address()
			.line()).isEqualTo("Thôn Đông");
		assertThat(problems(withAddress(new AddressForm("Thôn\u0007Đông", "20242")))).extracting(FieldProblem::field)
			.containsExactly("address.line");
	}

	private static CitizenForm born(String date, String idNumber) {
		return new CitizenForm("Trần Văn An", idNumber, date, "MALE", null, null, new AddressForm(null, "20242"), null);
	}

	private static CitizenForm withAddress(AddressForm address) {
		return new CitizenForm(VALID.fullName(), VALID.idNumber(), VALID.dateOfBirth(), VALID.gender(), null, null,
				address, null);
	}

	private static CitizenForm withPreferences(String phone, String email, PreferencesForm preferences) {
		return new CitizenForm(VALID.fullName(), VALID.idNumber(), VALID.dateOfBirth(), VALID.gender(), phone, email,
				VALID.address(), preferences);
	}

	private static List<FieldProblem> problems(CitizenForm form) {
		try {
			CitizenFormValidator.validate(form, TODAY);
		}
		catch (InvalidCitizenForm ex) {
			return ex.problems();
		}
		throw new AssertionError("expected the form to be refused");
	}

	@Test
	void problemsListIsNotEmptyWhenThrown() {
		assertThatThrownBy(() -> CitizenFormValidator.validate(born("x", "1"), TODAY)).isInstanceOf(InvalidCitizenForm.class);
	}

}
