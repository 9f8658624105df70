package vn.onestop.notification.pacing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.onestop.notification.template.TemplateKind;

import static org.assertj.core.api.Assertions.assertThat;

class PacingTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Pacing pacing = new Pacing(new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0), VIETNAM),
			new SmsBudget(2000, Map.of("20242", 5)), Set.of("SatisfactionSurvey"));

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource({ "NOTICE, DossierReceived, URGENT", "NOTICE, SupplementRequested, URGENT", "NOTICE, Refused, URGENT",
			"NOTICE, ResultReady, URGENT", "NOTICE, Returned, URGENT", "NOTICE, ApologyIssued, URGENT",
			"COURTESY, Returned, NON_URGENT", "COURTESY, DossierReceived, NON_URGENT",
			"NOTICE, SatisfactionSurvey, NON_URGENT" })
	void courtesyMessagesAndTheSurveyAreNotUrgent(TemplateKind kind, String eventType, Urgency urgency) {
		assertThat(this.pacing.urgencyOf(kind, eventType)).isEqualTo(urgency);
	}

	@Test
	void urgencyFromTheStoredFlag() {
		assertThat(Urgency.of(true)).isEqualTo(Urgency.URGENT);
		assertThat(Urgency.of(false)).isEqualTo(Urgency.NON_URGENT);
		assertThat(Urgency.of(TemplateKind.NOTICE, "Returned", Set.of())).isEqualTo(Urgency.URGENT);
	}

	@Test
	void aNonUrgentSmsOverTheBudgetWaitsUntilSevenTheNextMorning() {
		Instant afternoon = vietnam(LocalDateTime.of(2025, 7, 8, 15, 0));

		assertThat(this.pacing.budgetHold(Urgency.NON_URGENT, "20242", 5, 1, afternoon))
			.contains(vietnam(LocalDateTime.of(2025, 7, 9, 7, 0)));
		assertThat(this.pacing.budgetHold(Urgency.NON_URGENT, "20242", 4, 2, afternoon))
			.contains(vietnam(LocalDateTime.of(2025, 7, 9, 7, 0)));
		assertThat(this.pacing.budgetHold(Urgency.NON_URGENT, "20242", 4, 1, afternoon)).isEmpty();
		assertThat(this.pacing.budgetHold(Urgency.URGENT, "20242", 50, 1, afternoon)).isEmpty();
		assertThat(this.pacing.budgetHold(Urgency.NON_URGENT, "26734", 1999, 1, afternoon)).isEmpty();
	}

	@Test
	void theNextMorningIsCountedInTheWardsDayNotUtc() {
		Instant justAfterMidnightInVietnam = Instant.parse("2025-07-08T17:30:00Z");

		assertThat(this.pacing.dayOf(justAfterMidnightInVietnam)).isEqualTo(java.time.LocalDate.of(2025, 7, 9));
		assertThat(this.pacing.budgetHold(Urgency.NON_URGENT, "20242", 5, 1, justAfterMidnightInVietnam))
			.contains(vietnam(LocalDateTime.of(2025, 7, 10, 7, 0)));
	}

	@Test
	void quietHoursComeFromTheWindow() {
		Instant night = vietnam(LocalDateTime.of(2025, 7, 8, 22, 0));

		assertThat(this.pacing.earliestSend(Urgency.NON_URGENT, night)).isEqualTo(vietnam(LocalDateTime.of(2025, 7, 9, 7, 0)));
		assertThat(this.pacing.earliestSend(Urgency.URGENT, night)).isEqualTo(night);
	}

	private static Instant vietnam(LocalDateTime local) {
		return local.atZone(VIETNAM).toInstant();
	}

}
