package vn.onestop.rules.citizen;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;


/**
 * Folds Vietnamese place names so that spelling variants compare equal: NFC, case, tone-mark placement
 * (hoà/hòa, thuỷ/thủy), i/y (Sỹ/Sĩ), apostrophe shapes, upper-case Roman numerals (Phường IV) and the
 * abbreviation NT (Nông trường). Đ/đ do not decompose under NFD, so the accent-free keys map đ→d explicitly.
 */
public final class VietnameseNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

	private static final Map<String, String> UPPER_CASE_TOKENS = Map.ofEntries(Map.entry("I", "1"),
			Map.entry("II", "2"), Map.entry("III", "3"), Map.entry("IV", "4"), Map.entry("V", "5"),
			Map.entry("VI", "6"), Map.entry("VII", "7"), Map.entry("VIII", "8"), Map.entry("IX", "9"),
			Map.entry("X", "10"), Map.entry("NT", "nông trường"));

	private VietnameseNames() {
	}

	/** The stored form: NFC, single spaces, trimmed. */
	public static String nfc(String text) {
		return PlainText.nfc(text);
	}

	/**
	 * Equal for spelling variants of one name, different for names that differ in a tone or a vowel:
	 * each word becomes its base letters (y read as i) followed by its tone mark, wherever that mark sat.
	 */
	public static String matchKey(String text) {
		StringBuilder key = new StringBuilder();
		for (String word : expandedWords(text)) {
			String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
			StringBuilder base = new StringBuilder();
			StringBuilder tones = new StringBuilder();
			for (char c : decomposed.toCharArray()) {
				(TONE_MARKS.indexOf(c) >= 0 ? tones : base).append(c == 'y' ? 'i' : c);
			}
			key.append(key.isEmpty() ? "" : " ")
				.append(Normalizer.normalize(base, Normalizer.Form.NFC))
				.append(tones);
		}
		return key.toString();
	}

	/** Lower case without any diacritics, đ→d: what people type when they search without accents. */
	public static String accentFree(String text) {
		String lower = nfc(text).toLowerCase(Locale.ROOT);
		String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return stripped.replace('đ', 'd');
	}

	/** The fallback key: accent-free, i/y folded, and blind to spaces and punctuation (EaBar = Ea Bar). */
	public static String looseKey(String text) {
		String folded = accentFree(String.join(" ", expandedWords(text))).replace('y', 'i');
		return NOT_ALPHANUMERIC.matcher(folded).replaceAll("");
	}

	/** The key stored for name search and applied to the query the same way. */
	public static String searchKey(String text) {
		return accentFree(text).replace('y', 'i').replaceAll("[^a-z0-9]+", " ").strip();
	}

	private static String[] expandedWords(String text) {
		String normalized = nfc(text).replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'').replace('`', '\'');
		String[] words = normalized.isEmpty() ? new String[0] : normalized.split(" ");
		for (int i = 0; i < words.length; i++) {
			words[i] = UPPER_CASE_TOKENS.getOrDefault(words[i], words[i]).toLowerCase(Locale.ROOT);
		}
		return words;
	}

}
