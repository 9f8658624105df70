package vn.onestop.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Days as people type and read them on the pages ({@code dd/MM/yyyy}) and as the API takes them ({@code yyyy-MM-dd}).
 * A text that is not a day is passed on unchanged, so the API names the field at fault; a browser's date input
 * would show the format of the browser's own locale instead.
 */
final class DayText {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private DayText() {
	}

	static String toApi(String typed) {
		if (typed == null || typed.isBlank()) {
			return typed;
		}
		try {
			return LocalDate.parse(typed.strip(), TYPED).toString();
		}
		catch (DateTimeParseException ex) {
			return typed.strip();
		}
	}

	static String shown(LocalDate day) {
		return day == null ? "" : day.format(SHOWN);
	}

	static String shown(String iso) {
		try {
			return iso == null || iso.isBlank() ? "" : shown(LocalDate.parse(iso));
		}
		catch (DateTimeParseException ex) {
			return iso;
		}
	}

}
