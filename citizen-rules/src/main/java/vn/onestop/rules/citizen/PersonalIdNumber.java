package vn.onestop.rules.citizen;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A personal ID number (số định danh cá nhân): 12 digits, the first three the birth-registration province,
 * the fourth the century of birth and the gender, the fifth and sixth the year of birth. Legacy 9-digit
 * identity card numbers are kept as they are and flagged: nothing in them can be checked.
 */
public record PersonalIdNumber(String value, boolean legacy) {

	private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

	private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");

	private static final int FIRST_CENTURY = 1900;

	private static final int CENTURIES = 5;

	public static PersonalIdNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidValue("is required");
		}
		String digits = text.strip();
		if (NINE_DIGITS.matcher(digits).matches()) {
			return new PersonalIdNumber(digits, true);
		}
		if (!TWELVE_DIGITS.matcher(digits).matches()) {
			throw new InvalidValue("must be 12 digits (or a legacy 9-digit identity card number)");
		}
		if (!BirthRegistrationProvinces.contains(digits.substring(0, 3))) {
			throw new InvalidValue("must start with a birth-registration province code (001–096)");
		}
		return new PersonalIdNumber(digits, false);
	}

	/** The gender digit 4 states (even: male, odd: female); none for a legacy number, which states nothing. */
	public Optional<Gender> statedGender() {
		if (this.legacy) {
			return Optional.empty();
		}
		return Optional.of((this.value.charAt(3) - '0') % 2 == 0 ? Gender.MALE : Gender.FEMALE);
	}

	/** Digit 4 must give the century of birth and the gender; digits 5–6 the last two digits of the year. */
	public void checkBornAs(LocalDate dateOfBirth, Gender gender) {
		if (this.legacy) {
			return;
		}
		int year = dateOfBirth.getYear();
		int century = (year - FIRST_CENTURY) / 100;
		if (year < FIRST_CENTURY || century >= CENTURIES) {
			throw new InvalidValue("cannot encode a birth year outside 1900–2399");
		}
		int expected = century * 2 + (gender == Gender.FEMALE ? 1 : 0);
		if (this.value.charAt(3) - '0' != expected) {
			throw new InvalidValue("digit 4 must be " + expected + " for a " + gender.name().toLowerCase(Locale.ROOT)
					+ " born in the " + (FIRST_CENTURY + century * 100) + "s");
		}
		if (Integer.parseInt(this.value.substring(4, 6)) != year % 100) {
			throw new InvalidValue("digits 5–6 must be the last two digits of the birth year");
		}
	}

}
