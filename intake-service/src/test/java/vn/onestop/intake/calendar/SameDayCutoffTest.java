package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Same-day procedures (copy certification, civil-status extracts) with a 15:00 cut-off. */
class SameDayCutoffTest {

	private final DueTimeCalculator calculator = new DueTimeCalculator(VietnamCalendars.standard());

	private final ProcessingTime sameDayBeforeThree = ProcessingTime.sameDay(LocalTime.of(15, 0));

	@ParameterizedTest(name = "received {0} → due {1}")
	@CsvSource({ "2025-10-27T14:59, 2025-10-27T17:00", // before the cut-off: today at closing
			"2025-10-27T15:00, 2025-10-28T17:00", // the cut-off itself counts as after
			"2025-10-27T16:59, 2025-10-28T17:00", "2025-10-27T17:30, 2025-10-28T17:00", // after closing
			"2025-10-27T06:30, 2025-10-27T17:00", // before opening
			"2025-10-27T12:00, 2025-10-27T17:00", // lunch
			"2025-10-31T16:30, 2025-11-03T17:00", // Friday after the cut-off → Monday
			"2025-11-01T09:00, 2025-11-03T17:00", // Saturday → Monday
			"2025-04-25T15:30, 2025-04-26T17:00", // next working day is the make-up Saturday
			"2026-02-13T15:10, 2026-02-23T17:00" // eve of Tết 2026
	})
	void dueAtClosingOfTheReceiptDayOrTheNextWorkingDay(String receivedAt, String dueAt) {
		DueTime due = this.calculator.dueTime(LocalDateTime.parse(receivedAt), this.sameDayBeforeThree);

		assertThat(due.dueAt()).isEqualTo(LocalDateTime.parse(dueAt));
	}

	@Test
	void reportsTheWorkingTimeLeftUntilClosing() {
		DueTime due = this.calculator.dueTime(LocalDateTime.parse("2025-10-27T14:59"), this.sameDayBeforeThree);

		assertThat(due.workingTimeCounted()).isEqualTo(Duration.ofMinutes(121));
	}

	@Test
	void aCutoffOnlyAppliesToSameDayProcedures() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new ProcessingTime(1, DueTimeUnit.WORKING_DAYS, Optional.of(LocalTime.of(15, 0))));
	}

	@Test
	void aProcessingTimeIsNeverNegative() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProcessingTime.of(-1, DueTimeUnit.WORKING_HOURS));
	}

}
