package vn.onestop.notification.sms;

import java.util.ArrayList;
import java.util.List;

/**
 * How a text is split into the SMS parts a carrier bills. The text is counted as given: normalise
 * it to NFC first, since decomposed marks are outside GSM-7 and cost extra UCS-2 units.
 * <p>
 * An empty text is one part of no characters: it is still one PDU on the wire, billed as one SMS.
 */
public record SmsSegments(SmsEncoding encoding, int units, List<String> parts) {

	public SmsSegments {
		parts = List.copyOf(parts);
	}

	public static SmsSegments of(String text) {
		SmsEncoding encoding = SmsEncoding.of(text);
		int units = encoding.unitsOf(text);
		if (units <= encoding.singleMessageUnits()) {
			return new SmsSegments(encoding, units, List.of(text));
		}
		return new SmsSegments(encoding, units, split(text, encoding));
	}

	public int count() {
		return this.parts.size();
	}

	// Splits by code point, so an escape pair or a surrogate pair always stays within one part.
	private static List<String> split(String text, SmsEncoding encoding) {
		List<String> parts = new ArrayList<>();
		int partStart = 0;
		int partUnits = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int units = encoding.unitsOf(codePoint);
			if (partUnits + units > encoding.concatenatedPartUnits()) {
				parts.add(text.substring(partStart, i));
				partStart = i;
				partUnits = 0;
			}
			partUnits += units;
			i += Character.charCount(codePoint);
		}
		parts.add(text.substring(partStart));
		return parts;
	}

}
