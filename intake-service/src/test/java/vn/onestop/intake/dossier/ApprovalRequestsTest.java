package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.support.security.test.TestTokens;

/**
 * Issue 15, leader pages: an officer asks the ward leader to approve a second supplement request or apology; the
 * leader sees it waiting, approves it (the action is made in the leader's name with its history and event, in one
 * transaction with the approval) or refuses it with a reason. On real PostgreSQL.
 */
class ApprovalRequestsTest extends IntakeContext {

	private final JsonMapper json = JsonMapper.builder().build();

	private String ward;

	private WebTestClient officer;

	private WebTestClient leader;

	private Actions actions;

	@BeforeEach
	void wardWithItsOfficerAndLeader() {
		this.ward = freshWard();
		this.officer = as(TestTokens.officer(this.ward));
		this.leader = as(TestTokens.leader(this.ward));
		this.actions = new Actions(this.client).by(this.officer);
	}

	@Test
	void aSecondSupplementRequestWaitsForTheLeaderWhoseApprovalMakesIt() {
		String code = supplementedOnce();
		this.actions.act(code, "request-supplement", "{\"missingItems\":[\"Bản sao\"]}").expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:leader-approval-required");

		String id = ask(code, "{\"action\":\"request-supplement\",\"missingItems\":[\"Bản sao giấy khai sinh\"]}")
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
		ask(code, "{\"action\":\"request-supplement\",\"missingItems\":[\"Khác\"]}").expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:approval-pending");
		this.leader.get().uri("/approval-requests?ward={w}", this.ward).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].id").isEqualTo(id)
			.jsonPath("$[0].dossierCode").isEqualTo(code)
			.jsonPath("$[0].procedureName").isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân")
			.jsonPath("$[0].action").isEqualTo("request-supplement")
			.jsonPath("$[0].missingItems[0]").isEqualTo("Bản sao giấy khai sinh")
			.jsonPath("$[0].requestedBy").isEqualTo("officer-" + this.ward)
			.jsonPath("$[0].status").isEqualTo("PENDING");

		this.leader.post().uri("/approval-requests/{id}/approval", id).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("APPROVED")
			.jsonPath("$.decidedBy").isEqualTo("leader-" + this.ward);

		assertThat(number("select status as n from dossier where code = :c", code)).isEqualTo(5);
		assertThat(number("select supplement_requests as n from dossier where code = :c", code)).isEqualTo(2);
		assertThat(number("select count(*) as n from dossier_status_history h join dossier d on d.id = h.dossier_id "
				+ "where d.code = :c and h.action = 'request-supplement' and h.actor = 'leader-" + this.ward
				+ "' and h.details->>'approvedByLeader' = 'true'", code)).isEqualTo(1);
		assertThat(number("select count(*) as n from outbox_event where aggregate_id = :c and event_type = "
				+ "'SupplementRequested'", code)).isEqualTo(2);
		this.leader.get().uri("/approval-requests").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.length()").isEqualTo(0);
		this.leader.post().uri("/approval-requests/{id}/approval", id).exchange().expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:approval-decided");
	}

	@Test
	void onlyWhatNeedsALeaderIsAskedAndWithWhatTheActionNeeds() {
		String code = this.actions.receive(this.ward, "IN_PERSON");
		ask(code, "{\"action\":\"request-supplement\",\"missingItems\":[\"Bản sao\"]}").expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:approval-not-needed");
		ask(code, "{\"action\":\"transfer\"}").expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("action");
		ask(code, "{}").expectStatus().isBadRequest();
		String twice = supplementedOnce();
		ask(twice, "{\"action\":\"request-supplement\",\"missingItems\":[]}").expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("missingItems");
	}

	@Test
	void aRefusalNeedsAReasonAndLeavesTheDossierAsItWas() {
		String code = this.actions.receive(this.ward, "IN_PERSON");
		this.actions.ok(code, "apologize", "{\"reason\":\"Cần xác minh\",\"newAppointmentAt\":\"2026-10-30T09:30:00\"}");
		ask(code, "{\"action\":\"apologize\",\"reason\":\"Chờ trả lời\"}").expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("newAppointmentAt");
		String id = ask(code, "{\"action\":\"apologize\",\"reason\":\"Chờ cơ quan khác trả lời\","
				+ "\"newAppointmentAt\":\"2026-11-03T09:30:00\"}").expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
		this.officer.post().uri("/approval-requests/{id}/refusal", id).contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"reason\":\"Không\"}").exchange().expectStatus().isForbidden();
		this.leader.post().uri("/approval-requests/{id}/refusal", id).contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"reason\":\" \"}").exchange().expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
		this.leader.post().uri("/approval-requests/{id}/refusal", id).contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"reason\":\"Đã gia hạn một lần, cần xử lý ngay\"}").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("REFUSED")
			.jsonPath("$.decisionReason").isEqualTo("Đã gia hạn một lần, cần xử lý ngay");
		assertThat(number("select apologies as n from dossier where code = :c", code)).isEqualTo(1);
		this.officer.get().uri("/dossiers/{c}", code).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.appointmentAt").isEqualTo("2026-10-30T09:30:00+07:00");
	}

	@Test
	void anApprovalWhoseActionIsNoLongerAllowedChangesNothing() {
		String code = supplementedOnce();
		String id = ask(code, "{\"action\":\"request-supplement\",\"missingItems\":[\"Bản sao\"]}").expectStatus()
			.isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
		this.actions.ok(code, "transfer", "{}");
		this.actions.ok(code, "result-ready", "{}");

		this.leader.post().uri("/approval-requests/{id}/approval", id).exchange().expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:action-not-allowed");

		assertThat(number("select status as n from dossier where code = :c", code)).isEqualTo(9);
		assertThat(number("select supplement_requests as n from dossier where code = :c", code)).isEqualTo(1);
		assertThat(status(id)).isEqualTo("PENDING");
	}

	@Test
	void aFailureMarkingTheApprovalRollsTheActionBack() {
		String code = supplementedOnce();
		String id = ask(code, "{\"action\":\"request-supplement\",\"missingItems\":[\"Bản sao\"]}").expectStatus()
			.isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
		this.db.sql("create or replace function fail_approval_test() returns trigger language plpgsql as "
				+ "$$ begin raise exception 'forced failure marking the approval'; end $$").then().block();
		this.db.sql("create trigger fail_approval_" + this.ward + " before update on approval_request for each row "
				+ "when (new.ward_code = '" + this.ward + "') execute function fail_approval_test()").then().block();
		try {
			this.leader.post().uri("/approval-requests/{id}/approval", id).exchange().expectStatus().is5xxServerError();
		}
		finally {
			this.db.sql("drop trigger fail_approval_" + this.ward + " on approval_request").then().block();
		}
		assertThat(number("select supplement_requests as n from dossier where code = :c", code)).isEqualTo(1);
		assertThat(number("select status as n from dossier where code = :c", code)).isEqualTo(2);
		assertThat(number("select count(*) as n from outbox_event where aggregate_id = :c and event_type = "
				+ "'SupplementRequested'", code)).isEqualTo(1);
		assertThat(status(id)).isEqualTo("PENDING");
		this.leader.post().uri("/approval-requests/{id}/approval", id).exchange().expectStatus().isOk();
		assertThat(number("select supplement_requests as n from dossier where code = :c", code)).isEqualTo(2);
	}

	/** Received, asked for one supplement, supplemented: received again, with one request behind it. */
	private String supplementedOnce() {
		String code = this.actions.receive(this.ward, "IN_PERSON");
		this.actions.ok(code, "request-supplement", "{\"missingItems\":[\"Tờ khai\"]}");
		this.actions.ok(code, "supplement-received", "{}");
		return code;
	}

	private WebTestClient.ResponseSpec ask(String code, String body) {
		return this.officer.post().uri("/dossiers/{c}/approval-requests", code).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body).exchange();
	}

	private long number(String sql, String code) {
		return this.db.sql(sql).bind("c", code).map(row -> ((Number) row.get("n")).longValue()).one().block();
	}

	private String status(String id) {
		return this.db.sql("select status from approval_request where id = cast(:id as uuid)").bind("id", id)
			.map(row -> row.get("status", String.class)).one().block();
	}

}
