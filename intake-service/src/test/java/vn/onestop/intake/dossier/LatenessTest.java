package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.onestop.support.security.test.TestTokens;

/** Line 5 through HTTP: near-due and overdue lists, apologies (form 04), timeliness at return and its counter. */
class LatenessTest extends IntakeContext {

	@Autowired
	private MeterRegistry meters;

	private Actions actions;

	@BeforeEach
	void steps() {
		this.actions = new Actions(this.client);
	}

	@Test
	void dossiersWithinOneWorkingDayOfTheirAppointmentAreListedAsNearDue() {
		String ward = freshWard();
		String code = this.actions.receive(ward, "IN_PERSON");
		this.client.get().uri("/dossiers?ward={w}&nearDue=true", ward).exchange()
			.expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(0);
		this.clock.set(LocalDateTime.of(2026, 10, 28, 10, 0));
		this.client.get().uri("/dossiers?ward={w}&nearDue=true&status=2&page=0", ward).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.totalItems").isEqualTo(1)
			.jsonPath("$.items[0].code").isEqualTo(code)
			.jsonPath("$.items[0].nearDue").isEqualTo(true)
			.jsonPath("$.items[0].overdue").isEqualTo(false)
			.jsonPath("$.items[0].procedure.name").isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân");
		this.client.get().uri("/dossiers?ward={w}&nearDue=true&status=4", ward).exchange()
			.expectBody().jsonPath("$.totalItems").isEqualTo(0);
		this.client.get().uri("/dossiers?ward=abc").exchange().expectStatus().isBadRequest();
	}

	@Test
	void anApologyBeforeTheDueTimeMovesTheAppointmentOnceUnlessALeaderApproves() {
		String ward = freshWard();
		String code = this.actions.receive(ward, "IN_PERSON");
		double before = apologies(ward);
		this.clock.set(LocalDateTime.of(2026, 10, 28, 10, 0));
		this.actions.act(code, "apologize", "{\"reason\":\"Cần xác minh\",\"newAppointmentAt\":\"2026-11-02T09:30:00\"}")
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.appointmentAt").isEqualTo("2026-11-02T09:30:00+07:00")
			.jsonPath("$.status.code").isEqualTo(2);
		assertThat(payload(code)).contains("\"reason\": \"Cần xác minh\"")
			.contains("\"newAppointmentAt\": \"2026-11-02T09:30:00+07:00\"")
			.contains("\"phone\": \"" + Requests.PHONE + "\"");
		assertThat(apologies(ward)).isEqualTo(before + 1);
		this.actions.by(as(TestTokens.officer(ward)))
			.act(code, "apologize", "{\"reason\":\"Lần nữa\",\"newAppointmentAt\":\"2026-11-04T09:30:00\"}")
			.expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:leader-approval-required");
		this.actions.act(code, "apologize", "{\"reason\":\"Sớm hơn\",\"newAppointmentAt\":\"2026-10-30T09:30:00\"}")
			.expectStatus().isEqualTo(422);
		this.clock.set(LocalDateTime.of(2026, 11, 2, 9, 31));
		this.client.get().uri("/dossiers/{c}", code).exchange().expectBody().jsonPath("$.overdue").isEqualTo(true);
		this.client.get().uri("/dossiers?ward={w}&overdue=true", ward).exchange()
			.expectBody().jsonPath("$.items[0].code").isEqualTo(code);
		this.actions.act(code, "apologize", "{\"reason\":\"Trễ\",\"newAppointmentAt\":\"2026-11-05T09:30:00\","
				+ "\"approvedByLeader\":true,\"approvedBy\":\"lanhdao\"}")
			.expectStatus().isEqualTo(409)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:apology-too-late")
			.jsonPath("$.allowedActions[0]").isEqualTo("transfer");
		assertThat(apologies(ward)).isEqualTo(before + 1);
	}

	@Test
	void aReturnedDossierIsClassifiedByDateAndCounted() {
		String ward = freshWard();
		String code = this.actions.receive(ward, "IN_PERSON");
		this.actions.ok(code, "transfer", "{}");
		this.actions.ok(code, "result-ready", "{}");
		this.clock.set(LocalDateTime.of(2026, 10, 29, 16, 0));
		this.actions.act(code, "return", "{\"actor\":\"canbo.tra\"}").expectStatus().isOk()
			.expectBody().jsonPath("$.status.code").isEqualTo(10).jsonPath("$.overdue").isEqualTo(false);
		assertThat(this.db.sql("select timeliness from dossier where code = :c").bind("c", code)
			.map(row -> row.get("timeliness", String.class)).one().block()).isEqualTo("ON_TIME");
		assertThat(this.meters.counter("onestop.dossiers.completed", "ward", ward, "field", "HO_TICH", "timeliness",
				"on_time").count()).isEqualTo(1.0);
		this.client.get().uri("/dossiers/{c}/history", code).exchange()
			.expectBody().jsonPath("$[3].details.timeliness").isEqualTo("ON_TIME").jsonPath("$[3].actor").isEqualTo("test-staff");
	}

	private double apologies(String ward) {
		return this.meters.counter("onestop.dossier.apologies", "ward", ward, "field", "HO_TICH").count();
	}

	private String payload(String code) {
		return this.db.sql("select payload::text as p from outbox_event where aggregate_id = :c and event_type = 'ApologyIssued'")
			.bind("c", code).map(row -> row.get("p", String.class)).one().block();
	}

}
