package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import vn.onestop.citizen.ward.VietnameseNames;

/**
 * Checks a whole citizen form and normalises its values, reporting every field at fault at once. Whether the
 * ward code names a unit in force is the registry's answer, asked afterwards.
 */
final class CitizenFormValidator {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	static final int MAX_ADDRESS_LINE = 200;

	private static final Pattern WARD_CODE = Pattern.compile("[0-9]{5}");

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}\\u2028\\u2029]");

	private final List<FieldProblem> problems = new ArrayList<>();

	private CitizenFormValidator() {
	}

	static CitizenDetails validate(CitizenForm form, LocalDate today) {
		if (form == null) {
			throw new InvalidCitizenForm(List.of(new FieldProblem("body", "is required")));
		}
		return new CitizenFormValidator().check(form, today);
	}

	private CitizenDetails check(CitizenForm form, LocalDate today) {
		String fullName = field("fullName", () -> PersonName.normalize(form.fullName()));
		PersonalIdNumber idNumber = field("idNumber", () -> PersonalIdNumber.parse(form.idNumber()));
		LocalDate dateOfBirth = field("dateOfBirth", () -> dateOfBirth(form.dateOfBirth(), today));
		Gender gender = field("gender", () -> Gender.parse(form.gender()));
		if (idNumber != null && dateOfBirth != null && gender != null) {
			field("idNumber", () -> {
				idNumber.checkBornAs(dateOfBirth, gender);
				return idNumber;
			});
		}
		String phone = field("phone", () -> MobilePhone.normalize(form.phone()));
		String email = field("email", () -> EmailAddress.normalize(form.email()));
		CitizenDetails.Address address = address(form.address());
		CitizenDetails.Preferences preferences = preferences(form.preferences(), given(form.phone()), given(form.email()));
		if (!this.problems.isEmpty()) {
			throw new InvalidCitizenForm(this.problems);
		}
		return new CitizenDetails(fullName, idNumber, dateOfBirth, gender, phone, email, address, preferences);
	}

	private static LocalDate dateOfBirth(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			throw new InvalidValue("is required");
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValue("must be a date as YYYY-MM-DD");
		}
		if (date.isAfter(today)) {
			throw new InvalidValue("must not be in the future");
		}
		if (date.isBefore(EARLIEST_BIRTH)) {
			throw new InvalidValue("must not be before 1900-01-01");
		}
		return date;
	}

	private CitizenDetails.Address address(CitizenForm.AddressForm form) {
		if (form == null) {
			this.problems.add(new FieldProblem("address", "is required"));
			return null;
		}
		String line = field("address.line", () -> addressLine(form.line()));
		String wardCode = field("address.wardCode", () -> {
			if (form.wardCode() == null || form.wardCode().isBlank()) {
				throw new InvalidValue("is required");
			}
			if (!WARD_CODE.matcher(form.wardCode().strip()).matches()) {
				throw new InvalidValue("must be a 5-digit commune-level code");
			}
			return form.wardCode().strip();
		});
		return new CitizenDetails.Address(line, wardCode);
	}

	private static String addressLine(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (INVISIBLE.matcher(text).find()) {
			throw new InvalidValue("must not contain control or invisible characters");
		}
		String line = VietnameseNames.nfc(text);
		if (line.codePointCount(0, line.length()) > MAX_ADDRESS_LINE) {
			throw new InvalidValue("must be at most " + MAX_ADDRESS_LINE + " characters");
		}
		return line;
	}

	/**
	 * A channel needs its address given (an invalid one is reported on its own field) and consent; no channel
	 * given is NOT_CHOSEN, which is not NONE.
	 */
	private CitizenDetails.Preferences preferences(CitizenForm.PreferencesForm form, boolean phone, boolean email) {
		CitizenForm.PreferencesForm chosen = form == null ? new CitizenForm.PreferencesForm(null, null) : form;
		NotificationChannel channel = field("preferences.channel", () -> NotificationChannel.parse(chosen.channel()));
		boolean consent = Boolean.TRUE.equals(chosen.consent());
		if (channel == NotificationChannel.SMS && !phone) {
			this.problems.add(new FieldProblem("preferences.channel", "SMS needs a mobile phone number"));
		}
		if (channel == NotificationChannel.EMAIL && !email) {
			this.problems.add(new FieldProblem("preferences.channel", "EMAIL needs an e-mail address"));
		}
		if ((channel == NotificationChannel.SMS || channel == NotificationChannel.EMAIL) && !consent) {
			this.problems.add(new FieldProblem("preferences.consent", "must be true to be notified by " + channel));
		}
		return new CitizenDetails.Preferences(channel, consent);
	}

	private static boolean given(String text) {
		return text != null && !text.isBlank();
	}

	private <T> T field(String name, Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidValue ex) {
			this.problems.add(new FieldProblem(name, ex.getMessage()));
			return null;
		}
	}

}
