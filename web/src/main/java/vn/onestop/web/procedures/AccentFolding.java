package vn.onestop.web.procedures;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text without its marks, lower case: "Đăng ký khai sinh" and "dang ky khai sinh" match. */
final class AccentFolding {

	private AccentFolding() {
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	static boolean matches(String query, String... texts) {
		String wanted = fold(query);
		if (wanted.isEmpty()) {
			return true;
		}
		for (String text : texts) {
			if (fold(text).contains(wanted)) {
				return true;
			}
		}
		return false;
	}

}
