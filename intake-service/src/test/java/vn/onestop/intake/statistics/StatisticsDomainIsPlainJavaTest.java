package vn.onestop.intake.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Keeps the statistics rules free of Spring, Reactor and persistence, as the conventions ask. */
class StatisticsDomainIsPlainJavaTest {

	private static final Path SOURCES = Path.of("src/main/java/vn/onestop/intake/statistics");

	private static final List<String> DOMAIN = List.of("Percentages", "ReturnTimeliness", "StatisticsQuery",
			"OpenCounts", "PeriodCounts", "WardStatistics");

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
