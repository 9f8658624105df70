package vn.onestop.rules.citizen;

import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Vietnamese mobile numbers, validated by libphonenumber and stored as the 10-digit national form
 * {@code 0xxxxxxxxx} whichever way they were typed (+84, 84, 0; spaces, dots, dashes, brackets).
 */
public final class MobilePhone {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private static final String VIETNAM = "VN";

	private static final Pattern TYPED = Pattern.compile("\\(?\\+?[0-9][0-9 .()\\-]{5,24}");

	private MobilePhone() {
	}

	/** The national form, or null when no number was given. */
	public static String normalize(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String typed = text.strip();
		if (!TYPED.matcher(typed).matches()) {
			throw new InvalidValue("must be a phone number of digits, optionally with +, spaces or dots");
		}
		PhoneNumber number = parse(typed);
		if (!PHONES.isValidNumberForRegion(number, VIETNAM)) {
			throw new InvalidValue("must be a valid Vietnamese phone number");
		}
		if (PHONES.getNumberType(number) != PhoneNumberType.MOBILE) {
			throw new InvalidValue("must be a mobile number, not a landline");
		}
		return "0" + PHONES.getNationalSignificantNumber(number);
	}

	private static PhoneNumber parse(String typed) {
		try {
			return PHONES.parse(typed, VIETNAM);
		}
		catch (NumberParseException ex) {
			throw new InvalidValue("must be a valid Vietnamese phone number");
		}
	}

}
