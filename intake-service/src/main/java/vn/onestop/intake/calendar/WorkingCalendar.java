package vn.onestop.intake.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which days and hours a ward center works, in Vietnam's single time zone: Monday to Friday within the
 * sessions, except listed holidays, plus listed make-up days. Refuses to answer for a year it does
 * not cover rather than guess.
 */
public final class WorkingCalendar {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Longer than any announced break (Tết is at most ~10 days); more means the data is wrong. */
	private static final int MAX_DAYS_OFF_IN_A_ROW = 60;

	private final WorkingSessions sessions;

	private final Map<Integer, CalendarYear> years = new HashMap<>();

	private final Map<LocalDate, CalendarDayKind> listedDays = new HashMap<>();

	public WorkingCalendar(WorkingSessions sessions, Collection<CalendarYear> years) {
		this.sessions = Objects.requireNonNull(sessions, "sessions");
		years.forEach(this::add);
	}

	public WorkingCalendar with(CalendarYear year) {
		List<CalendarYear> all = new ArrayList<>(this.years.values());
		all.removeIf(known -> known.year() == year.year());
		all.add(year);
		return new WorkingCalendar(this.sessions, all);
	}

	public WorkingSessions sessions() {
		return this.sessions;
	}

	public Set<Integer> coveredYears() {
		return new HashSet<>(this.years.keySet());
	}

	public boolean isWorkingDay(LocalDate date) {
		if (!this.years.containsKey(date.getYear())) {
			throw new CalendarYearNotCoveredException(date.getYear());
		}
		CalendarDayKind listed = this.listedDays.get(date);
		if (listed != null) {
			return listed == CalendarDayKind.MAKEUP_WORKDAY;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	public LocalDate workingDayOnOrAfter(LocalDate date) {
		LocalDate day = date;
		for (int i = 0; i <= MAX_DAYS_OFF_IN_A_ROW; i++, day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				return day;
			}
		}
		throw new IllegalStateException("No working day within " + MAX_DAYS_OFF_IN_A_ROW + " days of " + date);
	}

	public LocalDate nextWorkingDayAfter(LocalDate date) {
		return workingDayOnOrAfter(date.plusDays(1));
	}

	/** The receipt time itself within working hours, otherwise the next opening. */
	public LocalDateTime countingStart(LocalDateTime receivedAt) {
		LocalDate day = receivedAt.toLocalDate();
		if (isWorkingDay(day)) {
			var start = this.sessions.workingTimeAtOrAfter(receivedAt.toLocalTime());
			if (start.isPresent()) {
				return day.atTime(start.get());
			}
		}
		return nextWorkingDayAfter(day).atTime(this.sessions.opening());
	}

	/** Counts along the sessions; a period that ends exactly at a session's end ends there, not at the next opening. */
	public LocalDateTime plusWorkingTime(LocalDateTime from, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("Working time must not be negative: " + amount);
		}
		LocalDateTime cursor = countingStart(from);
		Duration remaining = amount;
		while (true) {
			WorkingSession session = this.sessions.containing(cursor.toLocalTime()).orElseThrow();
			Duration available = Duration.between(cursor.toLocalTime(), session.end());
			if (remaining.compareTo(available) <= 0) {
				return cursor.plus(remaining);
			}
			remaining = remaining.minus(available);
			cursor = countingStart(cursor.toLocalDate().atTime(session.end()));
		}
	}

	public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
		Duration total = Duration.ZERO;
		for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				var start = day.equals(from.toLocalDate()) ? from.toLocalTime() : LocalTime.MIN;
				var end = day.equals(to.toLocalDate()) ? to.toLocalTime() : LocalTime.MAX;
				total = total.plus(this.sessions.workingTimeWithin(start, end));
			}
		}
		return total;
	}

	private void add(CalendarYear year) {
		this.years.put(year.year(), year);
		year.days().forEach(day -> this.listedDays.put(day.date(), day.kind()));
	}

}
