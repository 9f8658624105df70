package vn.onestop.intake.calendar;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.support.contract.PlainJavaDomain;

/** Keeps the calendar rules free of Spring, Reactor and persistence, as the conventions ask. */
class CalendarDomainIsPlainJavaTest {

	private static final Path SOURCES = Path.of("src/main/java/vn/onestop/intake/calendar");

	private static final List<String> DOMAIN = List.of("WorkingSession", "WorkingSessions", "WorkingCalendar",
			"CalendarDay", "CalendarDayKind", "CalendarYear", "CalendarYearNotCoveredException", "DueTimeUnit",
			"ProcessingTime", "DueTime", "DueTimeCalculator", "CalendarRules", "CalendarReplacement",
			"DueTimeRecomputation", "Recalculation");

	@Test
	void domainClassesImportOnlyTheJdk() {
		PlainJavaDomain.assertImportsOnlyTheJdk(SOURCES, DOMAIN);
	}

}
