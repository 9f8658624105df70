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

	/** Every word of the query appears, folded, in one of the texts: "xac nhan hon nhan" finds "Xác nhận tình trạng hôn nhân". */
	static boolean matches(String query, String... texts) {
		String wanted = fold(query);
		if (wanted.isEmpty()) {
			return true;
		}
		for (String text : texts) {
			String folded = fold(text);
			if (java.util.Arrays.stream(wanted.split(" ")).allMatch(folded::contains)) {
				return true;
			}
		}
		return false;
	}

}
