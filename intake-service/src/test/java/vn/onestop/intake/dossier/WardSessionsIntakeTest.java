package vn.onestop.intake.dossier;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

/**
 * A ward with its own working sessions (07:30–11:30, 13:00–17:00) gets its own appointment for the same
 * receipt time, from the due-time endpoint as from intake; other wards keep the standard sessions.
 */
class WardSessionsIntakeTest extends IntakeContext {

	/** Monday 26 October 2026 13:15: lunch break for the standard sessions, working time for the early ward. */
	private static final LocalDateTime MONDAY_LUNCH = LocalDateTime.of(2026, 10, 26, 13, 15);

	@Test
	void theDueTimeEndpointUsesTheWardsSessions() {
		dueTime(EARLY_WARD).jsonPath("$.countingStartsAt").isEqualTo("2026-10-26T13:15:00+07:00")
			.jsonPath("$.dueAt").isEqualTo("2026-10-29T13:15:00+07:00")
			.jsonPath("$.workingHoursCounted").isEqualTo(24);
		dueTime(freshWard()).jsonPath("$.countingStartsAt").isEqualTo("2026-10-26T13:30:00+07:00")
			.jsonPath("$.dueAt").isEqualTo("2026-10-29T11:30:00+07:00")
			.jsonPath("$.workingHoursCounted").isEqualTo(24);
	}

	@Test
	void intakeGivesTheAppointmentAlongTheWardsSessions() {
		this.clock.set(MONDAY_LUNCH);
		receive(EARLY_WARD).jsonPath("$.appointmentAt").isEqualTo("2026-10-29T13:15:00+07:00");
		receive(freshWard()).jsonPath("$.appointmentAt").isEqualTo("2026-10-29T11:30:00+07:00");
	}

	@Test
	void aSupplementPauseCountsTheWardsWorkingTime() {
		Actions actions = new Actions(this.client);
		String early = actions.receive(EARLY_WARD, "IN_PERSON");
		String standard = actions.receive(freshWard(), "IN_PERSON");
		this.clock.set(LocalDateTime.of(2026, 10, 26, 10, 30));
		actions.ok(early, "request-supplement", "{\"missingItems\":[\"Tờ khai\"]}");
		actions.ok(standard, "request-supplement", "{\"missingItems\":[\"Tờ khai\"]}");
		this.clock.set(LocalDateTime.of(2026, 10, 26, 13, 30));
		// early ward: 10:30–11:30 and 13:00–13:30 paused, 90 minutes; standard: 10:30–11:30, 60 minutes
		actions.act(early, "supplement-received", "{}").expectStatus().isOk().expectBody()
			.jsonPath("$.appointmentAt").isEqualTo("2026-10-29T11:00:00+07:00");
		actions.act(standard, "supplement-received", "{}").expectStatus().isOk().expectBody()
			.jsonPath("$.appointmentAt").isEqualTo("2026-10-29T10:30:00+07:00");
		this.client.get().uri("/dossiers/{code}/history", early).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$[2].details.pausedWorkingMinutes").isEqualTo(90);
	}

	private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec dueTime(String ward) {
		return this.client.get()
			.uri("/calendar/due-time?receivedAt=2026-10-26T13:15&amount=3&unit=WORKING_DAYS&ward=" + ward)
			.exchange()
			.expectStatus().isOk()
			.expectBody();
	}

	private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec receive(String ward) {
		return this.client.post()
			.uri("/dossiers")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON"))
			.exchange()
			.expectStatus().isCreated()
			.expectBody();
	}

}
