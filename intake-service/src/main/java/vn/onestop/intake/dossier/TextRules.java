package vn.onestop.intake.dossier;

import java.text.Normalizer;

/** Shapes of the free text and identifiers a dossier accepts; names are stored in NFC. */
final class TextRules {

	static final String SINGLE_LINE = "[^\\p{Cc}\\p{Cs}\\u2028\\u2029]*";

	static final String MULTI_LINE = "(?:[^\\p{Cc}\\p{Cs}]|[\\n\\r\\t])*";

	static final String NO_CONTROLS = "must not contain control characters";

	static final String ID_NUMBER = "\\d{12}|\\d{9}";

	static final String ID_MESSAGE = "must be a 12-digit personal ID number (or a legacy 9-digit one)";

	static final String PHONE = "(?:0|\\+84)\\d{9,10}";

	static final String PHONE_MESSAGE = "must be a Vietnamese phone number such as 0912345678";

	private TextRules() {
	}

	static String nfc(String text) {
		return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
	}

	static String normalPhone(String phone) {
		if (phone == null) {
			return null;
		}
		return phone.startsWith("+84") ? "0" + phone.substring(3) : phone;
	}

}
