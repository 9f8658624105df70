package vn.onestop.bench;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue load's own parts: what it reads from intake's answers, its percentiles, and opening today. */
class QueueLoadPartsTest {

	private static final String YEAR = """
			{"year":2026,"provisional":false,
			 "holidays":[{"date":"2026-01-01","name":"Tết Dương lịch"},{"date":"2026-09-02","name":"Quốc khánh \\"2/9\\""}],
			 "makeupWorkdays":[{"date":"2026-01-10","name":"Làm bù"}]}""";

	@Test
	void readsTheCalledNumbersOfTheBoardOnly() {
		String board = """
				{"ward":"20242","lastCalls":[{"number":"A012","counter":3},{"number":"AB007","counter":1}],
				 "waiting":[{"field":"HO_TICH","prefix":"A","waiting":4,"number":"A999"}]}""";
		assertThat(Board.lastCalls(board)).containsExactly("A012", "AB007");
		assertThat(Board.lastCalls("{\"lastCalls\":[]}")).isEmpty();
		assertThat(Board.numberOf("{\"number\":\"B001\",\"status\":\"CALLED\"}")).isEqualTo("B001");
		assertThat(Board.heldOf("{\"status\":409,\"type\":\"urn:onestop:problem:queue-counter-busy\",\"held\":\"A001\"}"))
			.isEqualTo("A001");
	}

	@Test
	void percentilesAreNearestRank() {
		long[] sorted = new long[100];
		for (int i = 0; i < 100; i++) {
			sorted[i] = i + 1;
		}
		assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
		assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99);
		assertThat(Latencies.percentile(new long[] { 7 }, 99)).isEqualTo(7);
		assertThat(Latencies.percentile(new long[0], 99)).isZero();
	}

	@Test
	void resultLinesCountTimesAndErrorsPerKind() {
		Latencies latencies = new Latencies();
		latencies.record("take", 2_000_000, null);
		latencies.record("take", 4_000_000, null);
		latencies.record("take", 0, "503");
		latencies.record("call", 1_000_000, null);
		assertThat(latencies.results()).containsExactly(
				"RESULT kind=call count=1 p50_ms=1.0 p99_ms=1.0 max_ms=1.0 errors=0",
				"RESULT kind=take count=2 p50_ms=2.0 p99_ms=4.0 max_ms=4.0 errors=1 (503:1)");
	}

	@Test
	void aWorkingDayNeedsNoChange() {
		assertThat(OpeningToday.replacement(YEAR, LocalDate.of(2026, 12, 8))).isNull();
		assertThat(OpeningToday.replacement(YEAR, LocalDate.of(2026, 1, 10))).isNull();
	}

	@Test
	void aWeekendBecomesAMakeUpWorkingDayAndEverythingElseIsKept() {
		String replacement = OpeningToday.replacement(YEAR, LocalDate.of(2026, 12, 12));
		assertThat(replacement).contains("{\"date\":\"2026-12-12\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"Benchmark\"}",
				"{\"date\":\"2026-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"Tết Dương lịch\"}",
				"{\"date\":\"2026-09-02\",\"kind\":\"HOLIDAY\",\"name\":\"Quốc khánh \\\"2/9\\\"\"}",
				"{\"date\":\"2026-01-10\",\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"Làm bù\"}",
				"\"provisional\":false", "\"source\":");
	}

	@Test
	void aHolidayIsDropped() {
		String replacement = OpeningToday.replacement(YEAR, LocalDate.of(2026, 1, 1));
		assertThat(replacement).doesNotContain("2026-01-01").contains("2026-09-02", "2026-01-10");
	}

}
