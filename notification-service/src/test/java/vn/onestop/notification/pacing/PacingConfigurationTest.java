package vn.onestop.notification.pacing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import vn.onestop.notification.template.TemplateKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The pacing settings bound without the rest of the application: defaults, overrides, environment names. */
class PacingConfigurationTest {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PacingConfiguration.class);

	@Test
	void defaultsToNineInTheEveningUntilSevenAndTwoThousandSegmentsADay() {
		this.runner.run(context -> {
			Pacing pacing = context.getBean(Pacing.class);
			assertThat(pacing.earliestSend(Urgency.NON_URGENT, vietnam(2025, 7, 8, 21, 0))).isEqualTo(vietnam(2025, 7, 9, 7, 0));
			assertThat(pacing.earliestSend(Urgency.NON_URGENT, vietnam(2025, 7, 8, 20, 59))).isEqualTo(vietnam(2025, 7, 8, 20, 59));
			assertThat(pacing.urgencyOf(TemplateKind.NOTICE, "SatisfactionSurvey")).isEqualTo(Urgency.NON_URGENT);
			assertThat(pacing.budget().dailySegmentsOf("20242")).isEqualTo(2000);
		});
	}

	@Test
	void takesAnotherWindowAndPerWardBudgets() {
		this.runner.withPropertyValues("notification.quiet-hours.start=22:30", "notification.quiet-hours.end=06:00",
				"notification.quiet-hours.non-urgent-event-types=SatisfactionSurvey,Reminder",
				"notification.sms-budget.daily-segments=500", "notification.sms-budget.wards.20242=80")
			.run(context -> {
				Pacing pacing = context.getBean(Pacing.class);
				assertThat(pacing.earliestSend(Urgency.NON_URGENT, vietnam(2025, 7, 8, 22, 0))).isEqualTo(vietnam(2025, 7, 8, 22, 0));
				assertThat(pacing.earliestSend(Urgency.NON_URGENT, vietnam(2025, 7, 8, 22, 30))).isEqualTo(vietnam(2025, 7, 9, 6, 0));
				assertThat(pacing.urgencyOf(TemplateKind.NOTICE, "Reminder")).isEqualTo(Urgency.NON_URGENT);
				assertThat(pacing.budget().dailySegmentsOf("20242")).isEqualTo(80);
				assertThat(pacing.budget().dailySegmentsOf("26734")).isEqualTo(500);
			});
	}

	@Test
	void bindsPerWardBudgetsFromTheEnvironment() {
		this.runner.withInitializer(context -> context.getEnvironment().getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("NOTIFICATION_SMSBUDGET_WARDS_20242", "75", "NOTIFICATION_QUIETHOURS_START", "20:00"))))
			.run(context -> {
				Pacing pacing = context.getBean(Pacing.class);
				assertThat(pacing.budget().dailySegmentsOf("20242")).isEqualTo(75);
				assertThat(pacing.earliestSend(Urgency.NON_URGENT, vietnam(2025, 7, 8, 20, 0))).isEqualTo(vietnam(2025, 7, 9, 7, 0));
			});
	}

	@Test
	void refusesAnEmptyBudget() {
		this.runner.withPropertyValues("notification.sms-budget.wards.20242=0")
			.run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("at least 1 segment"));
	}

	private static Instant vietnam(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(VIETNAM).toInstant();
	}

}
