package vn.onestop.intake.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Working sessions by ward: parsing, validation, the standard default, and binding from properties and env. */
class WardSessionsTest {

	private static final WorkingSessions EARLY = new WorkingSessions(
			List.of(WorkingSession.of("07:30", "11:30"), WorkingSession.of("13:00", "17:00")));

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesOnly.class);

	@EnableConfigurationProperties(CalendarProperties.class)
	static class PropertiesOnly {

	}

	@Test
	void aConfiguredWardGetsItsSessionsAndEveryOtherWardTheStandardOnes() {
		WardSessions sessions = WardSessions.parse(Map.of("79002", List.of("07:30-11:30", " 13:00 - 17:00 ")));
		assertThat(sessions.forWard("79002")).isEqualTo(EARLY);
		assertThat(sessions.forWard("79003")).isEqualTo(WorkingSessions.STANDARD);
		assertThat(sessions.forWard(null)).isEqualTo(WorkingSessions.STANDARD);
		assertThat(sessions.configured()).containsOnlyKeys("79002");
	}

	@Test
	void nothingConfiguredMeansStandardEverywhere() {
		assertThat(WardSessions.parse(Map.of()).forWard("79002")).isEqualTo(WorkingSessions.STANDARD);
		assertThat(WardSessions.parse(null).forWard("79002")).isEqualTo(WorkingSessions.STANDARD);
	}

	@Test
	void aWardsSessionsGiveItsOwnDueTime() {
		CalendarYear year2026 = new CalendarYear(2026, false, List.of());
		LocalDateTime mondayLunch = LocalDateTime.of(2026, 10, 26, 13, 15);
		ProcessingTime threeDays = new ProcessingTime(3, DueTimeUnit.WORKING_DAYS, java.util.Optional.empty());
		DueTime standard = new DueTimeCalculator(new WorkingCalendar(WorkingSessions.STANDARD, List.of(year2026)))
			.dueTime(mondayLunch, threeDays);
		DueTime early = new DueTimeCalculator(new WorkingCalendar(EARLY, List.of(year2026))).dueTime(mondayLunch,
				threeDays);
		assertThat(standard.dueAt()).isEqualTo(LocalDateTime.of(2026, 10, 29, 11, 30));
		assertThat(early.dueAt()).isEqualTo(LocalDateTime.of(2026, 10, 29, 13, 15));
		assertThat(early.workingTimeCounted()).isEqualTo(Duration.ofHours(24));
	}

	@ParameterizedTest
	@ValueSource(strings = { "13:00-17:00,07:30-11:30", "07:00-12:00,11:30-17:00", "07:00-07:00", "11:30-07:00",
			"07:00-24:00", "7h-11h", "07:00", "07:00-11:00-13:00", "" })
	void refusesSessionsOutOfOrderOverlappingEmptyOrMalformed(String sessions) {
		List<String> list = sessions.isEmpty() ? List.of() : List.of(sessions.split(","));
		assertThatIllegalArgumentException().isThrownBy(() -> WardSessions.parse(Map.of("79002", list)))
			.withMessageContaining("ward 79002");
	}

	@Test
	void bindsFromProperties() {
		this.context
			.withPropertyValues("intake.calendar.sessions.79002=07:30-11:30,13:00-17:00",
					"intake.calendar.sessions.79004[0]=08:00-12:00")
			.run(context -> {
				WardSessions sessions = context.getBean(CalendarProperties.class).wardSessions();
				assertThat(sessions.forWard("79002")).isEqualTo(EARLY);
				assertThat(sessions.forWard("79004").workingDay()).isEqualTo(Duration.ofHours(4));
				assertThat(sessions.forWard("00004")).isEqualTo(WorkingSessions.STANDARD);
				assertThat(context.getBean(CalendarProperties.class).recalculationBatchSize()).isEqualTo(200);
			});
	}

	@Test
	void bindsFromEnvironmentVariables() {
		this.context
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
								Map.of("INTAKE_CALENDAR_SESSIONS_79002", "07:30-11:30,13:00-17:00"))))
			.run(context -> assertThat(context.getBean(CalendarProperties.class).wardSessions().forWard("79002"))
				.isEqualTo(EARLY));
	}

	@Test
	void everyWardNotListedWorksTheDefaultSessionsWhenSomeAreConfigured() {
		this.context
			.withPropertyValues("intake.calendar.default-sessions=07:30-11:30,13:00-17:00",
					"intake.calendar.sessions.79004[0]=08:00-12:00")
			.run(context -> {
				WardSessions sessions = context.getBean(CalendarProperties.class).wardSessions();
				assertThat(sessions.forWard("00004")).isEqualTo(EARLY);
				assertThat(sessions.forWard(null)).isEqualTo(EARLY);
				assertThat(sessions.forWard("79004").workingDay()).isEqualTo(Duration.ofHours(4));
			});
	}

	@Test
	void invalidDefaultSessionsStopTheApplication() {
		this.context.withPropertyValues("intake.calendar.default-sessions=13:00-17:00,07:30-11:30")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("intake.calendar.default-sessions: Invalid working sessions for every other ward")
				.hasStackTraceContaining("must be in order"));
	}

	@Test
	void bindsNothingToTheStandardSessions() {
		this.context.run(context -> assertThat(context.getBean(CalendarProperties.class).wardSessions().configured())
			.isEmpty());
	}

	@Test
	void invalidSessionsStopTheApplicationWithTheWardAndTheSessionAtFault() {
		this.context.withPropertyValues("intake.calendar.sessions.79002=07:00-12:00,11:30-17:00")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("intake.calendar.sessions: Invalid working sessions for ward 79002")
				.hasStackTraceContaining("must not overlap"));
		this.context.withPropertyValues("intake.calendar.sessions.79002=07:00-25:00")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("HH:mm-HH:mm"));
	}

}
