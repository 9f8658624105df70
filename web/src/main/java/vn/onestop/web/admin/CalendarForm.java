package vn.onestop.web.admin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * A year's calendar as typed: whether it is provisional, the notice it comes from, and one row per listed day
 * (date, kind, name). Rows left blank are not sent; the body is that of {@code PUT /calendar/{year}} and of its
 * preview.
 */
record CalendarForm(boolean provisional, String source, List<Day> days) {

	static final int BLANK_ROWS = 5;

	record Day(String date, String kind, String name) {

		boolean blank() {
			return this.date.isBlank() && this.name.isBlank();
		}

	}

	static CalendarForm of(MultiValueMap<String, String> form) {
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < 400 && form.containsKey("days[" + i + "].date"); i++) {
			days.add(new Day(text(form.getFirst("days[" + i + "].date")), text(form.getFirst("days[" + i + "].kind")),
					text(form.getFirst("days[" + i + "].name"))));
		}
		return new CalendarForm("true".equals(form.getFirst("provisional")), text(form.getFirst("source")), days);
	}

	static CalendarForm from(CalendarYear year) {
		List<Day> days = new ArrayList<>();
		List<CalendarYear.Day> listed = new ArrayList<>(year.holidays());
		listed.addAll(year.makeupWorkdays());
		listed.sort(java.util.Comparator.comparing(CalendarYear.Day::date));
		listed.forEach(day -> days.add(new Day(DayText.shown(day.date()),
				year.holidays().contains(day) ? "HOLIDAY" : "MAKEUP_WORKDAY", day.name())));
		return new CalendarForm(year.provisional(), "", days).withBlankRows();
	}

	static CalendarForm empty() {
		return new CalendarForm(false, "", List.of()).withBlankRows();
	}

	CalendarForm withBlankRows() {
		List<Day> rows = new ArrayList<>(this.days);
		long blank = rows.stream().filter(Day::blank).count();
		for (long i = blank; i < BLANK_ROWS; i++) {
			rows.add(new Day("", "HOLIDAY", ""));
		}
		return new CalendarForm(this.provisional, this.source, List.copyOf(rows));
	}

	/** Only the rows filled in, as the confirmation carries them. */
	CalendarForm sent() {
		return new CalendarForm(this.provisional, this.source, sentRows().stream().map(this.days::get).toList());
	}

	List<Integer> sentRows() {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < this.days.size(); i++) {
			if (!this.days.get(i).blank()) {
				rows.add(i);
			}
		}
		return rows;
	}

	Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("provisional", this.provisional);
		body.put("source", this.source);
		body.put("days", sentRows().stream().map(this.days::get).map(day -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("date", DayText.toApi(day.date()));
			one.put("kind", day.kind());
			one.put("name", day.name());
			return one;
		}).toList());
		return body;
	}

	private static String text(String value) {
		return value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
	}

}
