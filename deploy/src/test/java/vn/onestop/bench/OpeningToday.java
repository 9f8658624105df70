package vn.onestop.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tickets are given on working days only. On a weekend or a holiday the queue load makes today a working day in the
 * platform's calendar (a make-up working day, the holiday dropped), through the admin's calendar API, so the benchmark
 * runs on any day. It reads the year as {@code GET /calendar/{year}} answers and writes it as {@code PUT} takes it.
 */
public final class OpeningToday {

	private static final Pattern DAY = Pattern
		.compile("\\{\\s*\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"\\s*,\\s*\"name\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|null)\\s*}");

	private OpeningToday() {
	}

	/** The year's replacement that works today, or null when today already is a working day. */
	public static String replacement(String year, LocalDate today) {
		List<String[]> holidays = days(section(year, "holidays"));
		List<String[]> makeup = days(section(year, "makeupWorkdays"));
		String date = today.toString();
		boolean holiday = holidays.stream().anyMatch(day -> day[0].equals(date));
		boolean weekend = today.getDayOfWeek() == DayOfWeek.SATURDAY || today.getDayOfWeek() == DayOfWeek.SUNDAY;
		boolean madeUp = makeup.stream().anyMatch(day -> day[0].equals(date));
		if (!holiday && (!weekend || madeUp)) {
			return null;
		}
		List<String> days = new ArrayList<>();
		holidays.stream()
			.filter(day -> !day[0].equals(date))
			.forEach(day -> days.add(day(day[0], "HOLIDAY", day[1])));
		makeup.forEach(day -> days.add(day(day[0], "MAKEUP_WORKDAY", day[1])));
		if (weekend && !madeUp) {
			days.add(day(date, "MAKEUP_WORKDAY", "\"Benchmark\""));
		}
		boolean provisional = year.matches("(?s).*\"provisional\"\\s*:\\s*true.*");
		return "{\"provisional\":" + provisional + ",\"source\":\"bench/run.sh queue\",\"days\":["
				+ String.join(",", days) + "]}";
	}

	private static String section(String year, String name) {
		int start = year.indexOf("\"" + name + "\"");
		if (start < 0) {
			return "";
		}
		int end = year.indexOf(']', start);
		return year.substring(start, end < 0 ? year.length() : end);
	}

	private static List<String[]> days(String section) {
		List<String[]> days = new ArrayList<>();
		Matcher matcher = DAY.matcher(section);
		while (matcher.find()) {
			days.add(new String[] { matcher.group(1), matcher.group(2) });
		}
		return days;
	}

	private static String day(String date, String kind, String name) {
		return "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"name\":" + name + "}";
	}

}
