package vn.onestop.web.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A ticket number as a Vietnamese voice should read it to a waiting room: each letter by its Vietnamese name and each
 * digit on its own ("A012" is "A không một hai"), because a speech engine reads "012" as a number ("mười hai") and
 * "B" as an English letter. This is a reading rule, not a text to translate, so it is here rather than in the bundle.
 */
final class SpokenNumber {

	private static final String[] DIGITS = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };

	private static final String[] LETTERS = { "A", "bê", "xê", "dê", "E", "ép", "giê", "hát", "I", "gi", "ca", "lờ",
			"mờ", "nờ", "O", "pê", "quy", "rờ", "sờ", "tê", "U", "vê", "vê kép", "ích", "i dài", "dét" };

	private SpokenNumber() {
	}

	static String of(String number) {
		List<String> words = new ArrayList<>();
		for (char c : number.strip().toUpperCase(Locale.ROOT).toCharArray()) {
			if (c >= '0' && c <= '9') {
				words.add(DIGITS[c - '0']);
			}
			else if (c >= 'A' && c <= 'Z') {
				words.add(LETTERS[c - 'A']);
			}
			else {
				words.add(String.valueOf(c));
			}
		}
		return String.join(" ", words);
	}

}
