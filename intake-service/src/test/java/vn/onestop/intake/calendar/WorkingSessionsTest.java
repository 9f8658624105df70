package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingSessionsTest {

	private final WorkingSessions standard = WorkingSessions.STANDARD;

	@Test
	void standardSessionsOpenAtSevenCloseAtFiveAndMakeAnEightHourWorkingDay() {
		assertThat(this.standard.opening()).isEqualTo(LocalTime.of(7, 0));
		assertThat(this.standard.closing()).isEqualTo(LocalTime.of(17, 0));
		assertThat(this.standard.workingDay()).isEqualTo(Duration.ofHours(8));
	}

	@ParameterizedTest
	@CsvSource({ "00:00, 07:00", "06:59, 07:00", "07:00, 07:00", "09:32, 09:32", "11:29:59, 11:29:59",
			"11:30, 13:30", "12:15, 13:30", "13:30, 13:30", "16:59, 16:59" })
	void workingTimeIsTheTimeItselfInsideASessionAndTheNextStartOutside(LocalTime time, LocalTime expected) {
		assertThat(this.standard.workingTimeAtOrAfter(time)).contains(expected);
	}

	@ParameterizedTest
	@CsvSource({ "17:00", "17:01", "23:59" })
	void noWorkingTimeIsLeftAtOrAfterClosing(LocalTime time) {
		assertThat(this.standard.workingTimeAtOrAfter(time)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "00:00, 23:59, 480", "07:00, 11:30, 270", "10:00, 14:00, 120", "11:30, 13:30, 0",
			"16:00, 18:00, 60", "06:00, 07:00, 0" })
	void workingTimeWithinAnIntervalCountsOnlySessionMinutes(LocalTime from, LocalTime to, long minutes) {
		assertThat(this.standard.workingTimeWithin(from, to)).isEqualTo(Duration.ofMinutes(minutes));
	}

	@Test
	void aWardMayConfigureOtherSessions() {
		WorkingSessions saturdayStyle = new WorkingSessions(List.of(WorkingSession.of("07:30", "11:30")));

		assertThat(saturdayStyle.workingDay()).isEqualTo(Duration.ofHours(4));
		assertThat(saturdayStyle.closing()).isEqualTo(LocalTime.of(11, 30));
	}

	@Test
	void rejectsSessionsThatAreEmptyOverlappingOrOutOfOrder() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkingSessions(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkingSessions(
				List.of(WorkingSession.of("07:00", "12:00"), WorkingSession.of("11:00", "17:00"))));
		assertThatIllegalArgumentException().isThrownBy(() -> new WorkingSessions(
				List.of(WorkingSession.of("13:30", "17:00"), WorkingSession.of("07:00", "11:30"))));
	}

	@Test
	void rejectsASessionThatDoesNotStartBeforeItEnds() {
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingSession.of("11:30", "11:30"));
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingSession.of("17:00", "07:00"));
	}

}
