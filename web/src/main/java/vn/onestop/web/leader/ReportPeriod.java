package vn.onestop.web.leader;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The dashboard's periods: today, this month to date, or the days the leader chose. Today and the month are dates in
 * Vietnam; a chosen period is passed to the API as typed, so the API alone says what is wrong with it.
 */
public enum ReportPeriod {

	TODAY, MONTH, CHOSEN;

	record Dates(String from, String to) {
	}

	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ReportPeriod of(String parameter) {
		for (ReportPeriod period : values()) {
			if (period.parameter().equals(parameter)) {
				return period;
			}
		}
		return TODAY;
	}

	Dates dates(LocalDate today, String from, String to) {
		return switch (this) {
			case TODAY -> new Dates(today.toString(), today.toString());
			case MONTH -> new Dates(today.withDayOfMonth(1).toString(), today.toString());
			case CHOSEN -> new Dates(from == null ? "" : from.strip(), to == null ? "" : to.strip());
		};
	}

}
