package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import vn.onestop.support.security.test.TestTokens;

/** Line 4 through HTTP and the real database: actions, history, the supplement pause, 409s, races, atomicity. */
class DossierActionsTest extends IntakeContext {

	/** The subject of the staff token every request of these tests sends unless it names another. */
	static final String STAFF = "test-staff";

	@LocalServerPort
	private int port;

	private Actions actions;

	@BeforeEach
	void steps() {
		this.actions = new Actions(this.client);
	}

	@Test
	void aSupplementPausesTheClockAndResumingMovesTheAppointmentByThePausedWorkingTime() {
		String code = this.actions.receive(freshWard(), "IN_PERSON");
		this.clock.set(LocalDateTime.of(2026, 10, 26, 10, 30));
		this.actions.act(code, "request-supplement", "{\"actor\":\"canbo.hai\",\"missingItems\":[\"Bản sao CCCD\"]}")
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status.code").isEqualTo(5);
		assertThat(payload(code, "SupplementRequested")).contains("\"missingItems\": [\"Bản sao CCCD\"]")
			.contains("\"appointmentAt\": \"2026-10-29T09:30:00+07:00\"").contains("\"phone\": \"" + Requests.PHONE + "\"")
			.contains("\"name\": \"Cấp Giấy xác nhận tình trạng hôn nhân\"");
		// Monday 10:30–17:00 and Tuesday 07:00–09:30: 7 working hours paused
		this.clock.set(LocalDateTime.of(2026, 10, 27, 9, 30));
		this.actions.act(code, "supplement-received", "{\"actor\":\"canbo.hai\"}")
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status.code").isEqualTo(2)
			.jsonPath("$.appointmentAt").isEqualTo("2026-10-30T08:30:00+07:00");
		assertThat(payload(code, "SupplementReceived")).contains("\"newAppointmentAt\": \"2026-10-30T08:30:00+07:00\"");
		this.client.get().uri("/dossiers/{code}/history", code).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(3)
			.jsonPath("$[0].action").isEqualTo("receive")
			.jsonPath("$[1].action").isEqualTo("request-supplement")
			.jsonPath("$[1].from.code").isEqualTo(2)
			.jsonPath("$[1].to.code").isEqualTo(5)
			.jsonPath("$[1].actor").isEqualTo(STAFF)
			.jsonPath("$[1].reason").isEqualTo("Bản sao CCCD")
			.jsonPath("$[1].at").isEqualTo("2026-10-26T10:30:00+07:00")
			.jsonPath("$[2].details.pausedWorkingMinutes").isEqualTo(420)
			.jsonPath("$[2].details.previousAppointmentAt").isEqualTo("2026-10-29T09:30+07:00")
			.jsonPath("$[2].details.newAppointmentAt").isEqualTo("2026-10-30T08:30+07:00");
	}

	@Test
	void aSecondSupplementRequestNeedsALeaderOfTheWardWhoseApprovalIsRecordedAndAudited() {
		String ward = freshWard();
		String code = this.actions.receive(ward, "IN_PERSON");
		Actions officer = this.actions.by(as(TestTokens.officer(ward)));
		officer.ok(code, "request-supplement", "{\"missingItems\":[\"Tờ khai\"]}");
		officer.ok(code, "supplement-received", "{}");
		officer.act(code, "request-supplement", "{\"missingItems\":[\"Ảnh\"]}")
			.expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:leader-approval-required")
			.jsonPath("$.allowedActions").isArray();
		officer.act(code, "request-supplement",
				"{\"missingItems\":[\"Ảnh\"],\"approvedByLeader\":true,\"approvedBy\":\"lanhdao.ba\"}")
			.expectStatus().isForbidden()
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:forbidden");
		this.actions.by(as(TestTokens.leader(freshWard()))).act(code, "request-supplement",
				"{\"missingItems\":[\"Ảnh\"]}").expectStatus().isNotFound();
		this.actions.by(as(TestTokens.leader(ward))).ok(code, "request-supplement",
				"{\"missingItems\":[\"Ảnh\"],\"approvedBy\":\"lanhdao.ba\"}");
		this.client.get().uri("/dossiers/{code}/history", code).exchange()
			.expectBody()
			.jsonPath("$[1].actor").isEqualTo("officer-" + ward)
			.jsonPath("$[3].actor").isEqualTo("leader-" + ward)
			.jsonPath("$[3].details.approvedBy").isEqualTo("leader-" + ward)
			.jsonPath("$[3].details.supplementRequest").isEqualTo(2);
		assertThat(this.db.sql("select actor || ' ' || action || ' ' || ward_code as a from audit_event where target = :c")
			.bind("c", code).map(row -> row.get("a", String.class)).all().collectList().block())
			.containsExactly("leader-" + ward + " dossier.request-supplement.leader-approval " + ward);
	}

	@Test
	void anIllegalActionAnswers409NamingTheAllowedOnes() {
		String code = this.actions.receive(freshWard(), "IN_PERSON");
		this.actions.act(code, "return", "{}")
			.expectStatus().isEqualTo(409)
			.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:onestop:problem:action-not-allowed")
			.jsonPath("$.allowedActions").isEqualTo(
					List.of("transfer", "request-supplement", "fees-due", "withdraw", "stop", "apologize"));
		this.actions.act(code, "fly", "{}").expectStatus().isNotFound();
		this.actions.act(code, "stop", "{}").expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
		this.actions.act("00000-261026-9999", "transfer", "{}").expectStatus().isNotFound();
	}

	@Test
	void refusingNeedsReasonsAndAnnouncesThem() {
		String code = this.actions.receive(freshWard(), "ONLINE");
		this.actions.act(code, "refuse", "{\"reasons\":[]}").expectStatus().isEqualTo(422)
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("reasons");
		this.actions.act(code, "refuse", "{\"reasons\":[\"Không thuộc thẩm quyền\",\"Thiếu tờ khai\"]}")
			.expectStatus().isOk()
			.expectBody().jsonPath("$.status.code").isEqualTo(3);
		assertThat(payload(code, "Refused")).contains("\"reasons\": [\"Không thuộc thẩm quyền\", \"Thiếu tờ khai\"]")
			.contains("\"reason\": \"Không thuộc thẩm quyền; Thiếu tờ khai\"").contains("\"code\": 3");
		this.actions.act(code, "accept", "{}").expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.allowedActions.length()").isEqualTo(0);
	}

	@Test
	void aFailedActionWritesNeitherTheChangeNorItsHistoryNorItsEvent() {
		String code = this.actions.receive(freshWard(), "IN_PERSON");
		String trigger = "fail_action_" + code.replace('-', '_');
		this.db.sql("create or replace function fail_action_test() returns trigger language plpgsql as "
				+ "$$ begin raise exception 'forced failure after the outbox insert'; end $$").then().block();
		this.db.sql("create constraint trigger " + trigger + " after insert on outbox_event deferrable initially deferred "
				+ "for each row when (new.aggregate_id = '" + code + "' and new.event_type = 'DossierTransferred') "
				+ "execute function fail_action_test()").then().block();
		try {
			this.actions.act(code, "transfer", "{}").expectStatus().is5xxServerError();
		}
		finally {
			this.db.sql("drop trigger " + trigger + " on outbox_event").then().block();
		}
		assertThat(count("select count(*) as n from dossier where code = :c and status = 2 and version = 0", code)).isOne();
		assertThat(count("select count(*) as n from dossier_status_history h join dossier d on d.id = h.dossier_id "
				+ "where d.code = :c", code)).isOne();
		assertThat(count("select count(*) as n from outbox_event where aggregate_id = :c", code)).isOne();
		this.actions.ok(code, "transfer", "{}");
		assertThat(count("select count(*) as n from outbox_event where aggregate_id = :c", code)).isEqualTo(2);
	}

	@Test
	void ofParallelActionsFromOneStateExactlyOneSucceeds() {
		String code = this.actions.receive(freshWard(), "IN_PERSON");
		WebClient web = WebClient.create("http://localhost:" + this.port);
		List<Integer> statuses = Flux.range(0, 8)
			// the same action eight times: whichever order the requests run in, only one can move the dossier
			// out of "received" (a later transfer is illegal, a concurrent one loses the version check)
			.flatMap(i -> web.post().uri("/dossiers/{code}/actions/{action}", code, "transfer")
				.header("Authorization", staffBearer())
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"reason\":\"lý do " + i + "\"}")
				.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 8)
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(statuses).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
		assertThat(count("select count(*) as n from dossier_status_history h join dossier d on d.id = h.dossier_id "
				+ "where d.code = :c and h.from_status = 2", code)).isOne();
		assertThat(count("select count(*) as n from outbox_event where aggregate_id = :c", code)).isEqualTo(2);
		assertThat(count("select count(*) as n from dossier where code = :c and version = 1", code)).isOne();
	}

	private String payload(String code, String type) {
		return this.db.sql("select payload::text as p from outbox_event where aggregate_id = :c and event_type = :t")
			.bind("c", code)
			.bind("t", type)
			.map(row -> row.get("p", String.class))
			.one()
			.block();
	}

	private long count(String sql, String code) {
		return this.db.sql(sql).bind("c", code).map(row -> row.get("n", Long.class)).one().block();
	}

}
