package vn.onestop.rules.citizen;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text as it is stored: NFC with single spaces, and free of control, format and unassigned characters. */
public final class PlainText {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** Control, format (bidi overrides, zero-width), private-use, surrogate and unassigned characters, line breaks. */
	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}\\p{Cn}\\u2028\\u2029]");

	private PlainText() {
	}

	/** NFC, single spaces, trimmed. */
	public static String nfc(String text) {
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		return WHITESPACE.matcher(composed).replaceAll(" ").strip();
	}

	public static boolean hasInvisible(String text) {
		return INVISIBLE.matcher(text).find();
	}

}
