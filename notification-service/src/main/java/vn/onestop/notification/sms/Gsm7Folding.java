package vn.onestop.notification.sms;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds any text to unaccented GSM-7, so that a Vietnamese notice costs GSM-7 segments rather
 * than UCS-2 ones, as one-stop centres do before sending brandname SMS.
 * <p>
 * Every letter loses its marks, even the few accented letters GSM-7 has (à, è, é, ì, ò, ù, Ä,
 * Ñ, Ç...): they are Vietnamese letters too, and keeping them would leave "Bà" accented beside an
 * unaccented "Ho so". Letters GSM-7 has without marks (Æ, Ø, ß, Δ, Ω...) are kept. Common
 * typographic characters get a GSM-7 look-alike; anything else (emoji, CJK, Cyrillic) is dropped,
 * never turned into '?'.
 */
public final class Gsm7Folding {

	private static final Map<Integer, String> REPLACEMENTS = replacements();

	private Gsm7Folding() {
	}

	public static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(codePoint -> {
			String replacement = REPLACEMENTS.get(codePoint);
			if (replacement != null) {
				folded.append(replacement);
			}
			else {
				// NFKD splits a letter from its marks (not GSM-7, so they fall away) and turns
				// compatibility forms such as full-width letters, ligatures or ½ into plain ones.
				Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD)
					.codePoints()
					.forEach(part -> folded.append(REPLACEMENTS.getOrDefault(part, gsm7OrNothing(part))));
			}
		});
		return folded.toString();
	}

	private static String gsm7OrNothing(int codePoint) {
		return Gsm7Alphabet.contains(codePoint) ? Character.toString(codePoint) : "";
	}

	private static Map<Integer, String> replacements() {
		Map<Integer, String> map = new HashMap<>();
		// Letters with no canonical decomposition, so NFKD cannot strip them.
		all(map, "đð", "d");
		all(map, "ĐÐ", "D");
		all(map, "ı", "i");
		all(map, "ł", "l");
		all(map, "Ł", "L");
		all(map, "œ", "oe");
		all(map, "Œ", "OE");
		// Spacing accents decompose to a space plus a mark; used as apostrophes they must stay one.
		all(map, "‘’‚‛′ʼ´`\u2039\u203A", "'");
		all(map, "“”„‟″«»", "\"");
		all(map, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2022\u00B7", "-");
		all(map, "\t\u00A0\u2007\u202F\u3000", " ");
		all(map, "\u2028\u2029", "\n");
		all(map, "˜", "~");
		all(map, "ˆ", "^");
		all(map, "…", "...");
		all(map, "×", "x");
		all(map, "÷⁄", "/");
		all(map, "©", "(c)");
		all(map, "®", "(R)");
		all(map, "₫", "d");
		return Map.copyOf(map);
	}

	private static void all(Map<Integer, String> map, String characters, String replacement) {
		characters.codePoints().forEach(codePoint -> map.put(codePoint, replacement));
	}

}
