package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarRulesTest {

	private static CalendarReplacement.Day day(String date, String kind, String name) {
		return new CalendarReplacement.Day(date, kind, name);
	}

	private static List<String> fields(CalendarRules.Checked checked) {
		return checked.violations().stream().map(CalendarRules.Violation::field).toList();
	}

	@Test
	void acceptsAYearWithAWeekendHolidayAsInformationAndAMakeupSaturday() {
		CalendarRules.Checked checked = CalendarRules.check(2026, new CalendarReplacement(false, " Thông báo 2026 ",
				List.of(day("2026-08-29", "HOLIDAY", "Quốc khánh (thứ Bảy)"), day("2026-09-02", "HOLIDAY", "Quốc khánh"),
						day("2026-08-22", "MAKEUP_WORKDAY", "Làm bù"))));
		assertThat(checked.valid()).isTrue();
		assertThat(checked.source()).isEqualTo("Thông báo 2026");
		assertThat(checked.year().holidays()).hasSize(2);
		assertThat(checked.year().makeupWorkdays()).extracting(CalendarDay::date).containsExactly(LocalDate.of(2026, 8, 22));
	}

	@Test
	void acceptsAnEmptyProvisionalYear() {
		CalendarRules.Checked checked = CalendarRules.check(2030, new CalendarReplacement(true, "Tạm tính", List.of()));
		assertThat(checked.valid()).isTrue();
		assertThat(checked.year().provisional()).isTrue();
	}

	@Test
	void namesEveryFieldAtFault() {
		CalendarRules.Checked checked = CalendarRules.check(2026, new CalendarReplacement(null, "",
				List.of(day("2025-12-31", "HOLIDAY", "Năm trước"), day("2026-02-30", "HOLIDAY", "Không có"),
						day("2026-03-02", "SWAP", "Sai loại"), day("2026-03-03", "MAKEUP_WORKDAY", "Thứ Ba"),
						day("2026-03-07", "MAKEUP_WORKDAY", " "), day("2026-01-01", "HOLIDAY", "Tết"),
						day("2026-01-01", "HOLIDAY", "Tết lần hai"), day(null, null, null))));
		assertThat(checked.valid()).isFalse();
		assertThat(checked.year()).isNull();
		assertThat(fields(checked)).containsExactlyInAnyOrder("source", "provisional", "days[0].date", "days[1].date",
				"days[2].kind", "days[3].kind", "days[4].name", "days[6].date", "days[7].date", "days[7].kind",
				"days[7].name");
	}

	@Test
	void refusesAYearOutOfRangeAndAMissingList() {
		assertThat(fields(CalendarRules.check(1999, new CalendarReplacement(false, "x", List.of()))))
			.containsExactly("year");
		assertThat(fields(CalendarRules.check(2026, new CalendarReplacement(false, "x", null)))).containsExactly("days");
		assertThat(fields(CalendarRules.check(2026, new CalendarReplacement(false, "x".repeat(1001), List.of()))))
			.containsExactly("source");
	}

	@Test
	void knowsTheWeekend() {
		assertThat(CalendarRules.isWeekend(LocalDate.of(2026, 8, 22))).isTrue();
		assertThat(CalendarRules.isWeekend(LocalDate.of(2026, 8, 23))).isTrue();
		assertThat(CalendarRules.isWeekend(LocalDate.of(2026, 8, 24))).isFalse();
	}

}
