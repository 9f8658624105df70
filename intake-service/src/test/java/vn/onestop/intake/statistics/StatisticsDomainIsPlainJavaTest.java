package vn.onestop.intake.statistics;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.support.contract.PlainJavaDomain;

/** Keeps the statistics rules free of Spring, Reactor and persistence, as the conventions ask. */
class StatisticsDomainIsPlainJavaTest {

	private static final Path SOURCES = Path.of("src/main/java/vn/onestop/intake/statistics");

	private static final List<String> DOMAIN = List.of("Percentages", "ReturnTimeliness", "StatisticsQuery",
			"OpenCounts", "PeriodCounts", "WardStatistics");

	@Test
	void domainClassesImportOnlyTheJdk() {
		PlainJavaDomain.assertImportsOnlyTheJdk(SOURCES, DOMAIN);
	}

}
