package vn.onestop.intake.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Percentages, timeliness by date and the statistics parameters, without Spring. */
class StatisticsRulesTest {

	@ParameterizedTest
	@CsvSource({ "0, 0, 0.0", "0, 7, 0.0", "7, 7, 100.0", "4, 7, 57.1", "2, 7, 28.6", "1, 7, 14.3", "1, 3, 33.3",
			"2, 3, 66.7", "491, 500, 98.2", "19649, 20000, 98.2", "19650, 20000, 98.3", "1, 8, 12.5", "1, 1000, 0.1",
			"1, 2001, 0.0" })
	void percentagesHaveOneDecimalRoundedHalfUp(long part, long whole, String expected) {
		assertThat(Percentages.of(part, whole)).isEqualTo(new BigDecimal(expected));
	}

	@Test
	void aPartLargerThanTheWholeIsAMistake() {
		assertThatIllegalArgumentException().isThrownBy(() -> Percentages.of(3, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> Percentages.of(-1, 2));
	}

	@ParameterizedTest
	@CsvSource({ "2026-10-27T10:00:00+07:00, EARLY", "2026-10-29T07:00:00+07:00, ON_TIME",
			"2026-10-29T23:59:59+07:00, ON_TIME", "2026-10-30T00:30:00+07:00, LATE", "2026-10-28T23:59:59+07:00, EARLY",
			"2026-10-29T16:59:00Z, ON_TIME", "2026-10-29T17:00:00Z, LATE", "2026-10-28T17:00:00Z, ON_TIME" })
	void timelinessComparesDatesInVietnam(String returnedAt, ReturnTimeliness expected) {
		Instant appointment = OffsetDateTime.parse("2026-10-29T09:30:00+07:00").toInstant();
		assertThat(ReturnTimeliness.of(OffsetDateTime.parse(returnedAt).toInstant(), appointment)).isEqualTo(expected);
	}

	@Test
	void timelinessByDayDifference() {
		assertThat(ReturnTimeliness.ofDaysAfterAppointment(-30)).isEqualTo(ReturnTimeliness.EARLY);
		assertThat(ReturnTimeliness.ofDaysAfterAppointment(-1)).isEqualTo(ReturnTimeliness.EARLY);
		assertThat(ReturnTimeliness.ofDaysAfterAppointment(0)).isEqualTo(ReturnTimeliness.ON_TIME);
		assertThat(ReturnTimeliness.ofDaysAfterAppointment(1)).isEqualTo(ReturnTimeliness.LATE);
		assertThat(ReturnTimeliness.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)))
			.isEqualTo(ReturnTimeliness.EARLY);
	}

	@Test
	void aWardIsRequiredAndThePeriodDefaultsToTheMonthToDate() {
		LocalDate today = LocalDate.of(2026, 10, 26);
		StatisticsQuery.Parsed parsed = StatisticsQuery.parse("20242", null, null, null, today);
		assertThat(parsed.violations()).isEmpty();
		assertThat(parsed.query().from()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(parsed.query().to()).isEqualTo(today);
		assertThat(parsed.query().field()).isEmpty();
		assertThat(parsed.query().startsAt()).isEqualTo(OffsetDateTime.parse("2026-10-01T00:00+07:00").toInstant());
		assertThat(parsed.query().endsBefore()).isEqualTo(OffsetDateTime.parse("2026-10-27T00:00+07:00").toInstant());
		assertThat(StatisticsQuery.parse("20242", "HO_TICH", null, "2026-09-15", today).query().from())
			.isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(fields(StatisticsQuery.parse(null, null, null, null, today))).containsExactly("ward");
		assertThat(fields(StatisticsQuery.parse("2024", "ho tich", "2026-13-01", "x", today)))
			.containsExactlyInAnyOrder("ward", "field", "from", "to");
		assertThat(fields(StatisticsQuery.parse("20242", "", "2026-10-02", "2026-10-01", today))).containsExactly("from");
		assertThat(fields(StatisticsQuery.parse("20242", null, "2010-01-01", "2026-10-01", today))).containsExactly("to");
	}

	@Test
	void theReportAddsUpWhatWasCounted() {
		StatisticsQuery query = StatisticsQuery.parse("20242", null, "2026-10-01", "2026-10-31", LocalDate.now()).query();
		PeriodCounts period = new PeriodCounts(Map.of("IN_PERSON", 432L, "ONLINE", 135L),
				Map.of(ReturnTimeliness.EARLY, 491L, ReturnTimeliness.ON_TIME, 6L, ReturnTimeliness.LATE, 3L), 2, 9,
				Map.of("VERY_SATISFIED", 40L, "NOT_SATISFIED", 1L));
		WardStatistics report = WardStatistics.of(query, OffsetDateTime.parse("2026-10-31T17:00+07:00"), period,
				new OpenCounts(12, 3, 1), Decision766Report.of(java.util.List.of()));
		assertThat(report.received().total()).isEqualTo(567);
		assertThat(report.received().onlinePercent()).isEqualTo(new BigDecimal("23.8"));
		assertThat(report.received().postalPercent()).isEqualTo(new BigDecimal("0.0"));
		assertThat(report.returned().total()).isEqualTo(500);
		assertThat(report.returned().earlyPercent()).isEqualTo(new BigDecimal("98.2"));
		assertThat(report.returned().onTimePercent()).isEqualTo(new BigDecimal("1.2"));
		assertThat(report.returned().latePercent()).isEqualTo(new BigDecimal("0.6"));
		assertThat(report.satisfaction().satisfied()).isZero();
		assertThat(report.satisfaction().verySatisfiedPercent()).isEqualTo(new BigDecimal("97.6"));
		assertThat(report.inProgress()).isEqualTo(12);
		assertThat(report.supplementRequests()).isEqualTo(9);
	}

	private static java.util.List<String> fields(StatisticsQuery.Parsed parsed) {
		return parsed.violations().stream().map(StatisticsQuery.Violation::field).toList();
	}

}
