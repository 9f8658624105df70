package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Keeps the calendar rules free of Spring, Reactor and persistence, as the conventions ask. */
class CalendarDomainIsPlainJavaTest {

	private static final Path SOURCES = Path.of("src/main/java/vn/onestop/intake/calendar");

	private static final List<String> DOMAIN = List.of("WorkingSession", "WorkingSessions", "WorkingCalendar",
			"CalendarDay", "CalendarDayKind", "CalendarYear", "CalendarYearNotCoveredException", "DueTimeUnit",
			"ProcessingTime", "DueTime", "DueTimeCalculator", "CalendarRules", "CalendarReplacement",
			"DueTimeRecomputation", "Recalculation");

	@Test
	void domainClassesImportOnlyTheJdk() throws IOException {
		for (String type : DOMAIN) {
			List<String> imports = Files.readAllLines(SOURCES.resolve(type + ".java"))
				.stream()
				.filter(line -> line.startsWith("import "))
				.toList();
			assertThat(imports).as(type).allMatch(line -> line.matches("import (static )?java\\..*"));
		}
	}

}
