package vn.onestop.intake.statistics;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.dossier.Requests;

/**
 * The Decision 766 indicators of GET /statistics on real PostgreSQL: dossiers received on Monday 26 October 2026
 * 09:30 (appointment Thursday 29 October 09:30), moved on by SQL, counted on Monday 2 November: each way a clock
 * ends, stands or runs, more than one supplement request, the online share and a not-satisfied rating.
 */
class Decision766StatisticsTest extends IntakeContext {

	private final JsonMapper json = JsonMapper.builder().build();

	private String ward;

	@BeforeEach
	void seed() {
		this.ward = freshWard();
		String otherWard = freshWard();
		String endedEarly = receive(Requests.maritalStatus(this.ward, "IN_PERSON"));
		ended(endedEarly, 9, "2026-10-28 10:00+07");
		sql("update dossier set status = 10, completed_at = '2026-10-31 10:00+07' where code = '" + endedEarly + "'");
		rating(endedEarly, "NOT_SATISFIED");
		String endedLate = receive(Requests.maritalStatus(this.ward, "IN_PERSON"));
		ended(endedLate, 9, "2026-10-30 10:00+07");
		String pausedBeforeDue = receive(Requests.maritalStatus(this.ward, "ONLINE"));
		sql("update dossier set status = 5, supplement_requests = 1, paused_at = '2026-10-27 10:00+07' where code = '"
				+ pausedBeforeDue + "'");
		String runningOverdue = receive(Requests.maritalStatus(this.ward, "ONLINE"));
		sql("update dossier set status = 4 where code = '" + runningOverdue + "'");
		String resumedAndMoved = receive(Requests.maritalStatus(this.ward, "IN_PERSON"));
		sql("update dossier set status = 4, supplement_requests = 1, due_at = '2026-11-05 09:30+07' where code = '"
				+ resumedAndMoved + "'");
		String twoSupplements = receive(Requests.maritalStatus(this.ward, "POSTAL"));
		sql("update dossier set supplement_requests = 2 where code = '" + twoSupplements + "'");
		ended(twoSupplements, 9, "2026-10-28 10:00+07");
		String refusedInTime = receive(Requests.body("CT-BAN-SAO", this.ward, "IN_PERSON", Requests.ID_NUMBER,
				"[{\"key\":\"ban-chinh\",\"originals\":1},{\"key\":\"ban-sao\",\"copies\":1}]"));
		sql("update dossier set due_at = '2026-10-26 17:00+07' where code = '" + refusedInTime + "'");
		ended(refusedInTime, 3, "2026-10-26 11:00+07");
		String lastMonth = receive(Requests.maritalStatus(this.ward, "ONLINE"));
		sql("update dossier set received_at = '2026-09-30 10:00+07' where code = '" + lastMonth + "'");
		receive(Requests.maritalStatus(otherWard, "IN_PERSON"));
		this.clock.set(LocalDateTime.of(2026, 11, 2, 10, 0));
	}

	@Test
	void reportsOnTimeOnlineShareAndSatisfactionOfTheDossiersReceived() {
		this.client.get().uri("/statistics?ward={w}&from=2026-10-01&to=2026-10-31", this.ward).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.decision766.total.received").isEqualTo(7)
			.jsonPath("$.decision766.total.online").isEqualTo(2)
			.jsonPath("$.decision766.total.onTime").isEqualTo(4)
			.jsonPath("$.decision766.total.late").isEqualTo(3)
			.jsonPath("$.decision766.total.ratedNotSatisfied").isEqualTo(1)
			.jsonPath("$.decision766.total.onTimePercent").isEqualTo(57.1)
			.jsonPath("$.decision766.total.onlinePercent").isEqualTo(28.6)
			.jsonPath("$.decision766.total.satisfactionPercent").isEqualTo(42.9)
			.jsonPath("$.decision766.byField.length()").isEqualTo(2)
			.jsonPath("$.decision766.byField[0].code").isEqualTo("CHUNG_THUC")
			.jsonPath("$.decision766.byField[0].indicators.received").isEqualTo(1)
			.jsonPath("$.decision766.byField[0].indicators.onTimePercent").isEqualTo(100.0)
			.jsonPath("$.decision766.byField[0].indicators.onlinePercent").isEqualTo(0.0)
			.jsonPath("$.decision766.byField[1].code").isEqualTo("HO_TICH")
			.jsonPath("$.decision766.byField[1].name").isNotEmpty()
			.jsonPath("$.decision766.byField[1].indicators.received").isEqualTo(6)
			.jsonPath("$.decision766.byField[1].indicators.onTime").isEqualTo(3)
			.jsonPath("$.decision766.byField[1].indicators.onTimePercent").isEqualTo(50.0)
			.jsonPath("$.decision766.byField[1].indicators.onlinePercent").isEqualTo(33.3)
			.jsonPath("$.decision766.byField[1].indicators.satisfactionPercent").isEqualTo(33.3);
	}

	@Test
	void narrowsToOneFieldAndHasNoSharesForAPeriodWithNothingReceived() {
		this.client.get().uri("/statistics?ward={w}&from=2026-10-01&to=2026-10-31&field=HO_TICH", this.ward).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.decision766.total.received").isEqualTo(6)
			.jsonPath("$.decision766.byField.length()").isEqualTo(1)
			.jsonPath("$.decision766.byField[0].code").isEqualTo("HO_TICH");
		this.client.get().uri("/statistics?ward={w}&from=2026-10-27&to=2026-10-31", this.ward).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.decision766.total.received").isEqualTo(0)
			.jsonPath("$.decision766.total.onTimePercent").doesNotExist()
			.jsonPath("$.decision766.byField.length()").isEqualTo(0);
	}

	@Test
	void aDossierStillRunningIsOnTimeUntilItsAppointmentPasses() {
		this.clock.set(LocalDateTime.of(2026, 10, 28, 10, 0));
		this.client.get().uri("/statistics?ward={w}&from=2026-10-01&to=2026-10-31&field=HO_TICH", this.ward).exchange()
			.expectStatus().isOk()
			.expectBody()
			// the dossier in processing since 26 October is not overdue yet on the 28th (4 on time instead of 3)
			.jsonPath("$.decision766.total.onTime").isEqualTo(4);
	}

	private String receive(String body) {
		String created = this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
		return (String) this.json.readValue(created, Map.class).get("code");
	}

	private void ended(String code, int status, String at) {
		sql("update dossier set status = " + status + " where code = '" + code + "'");
		sql("insert into dossier_status_history (dossier_id, from_status, to_status, at, action) select id, 4, " + status
				+ ", '" + at + "', 'ended' from dossier where code = '" + code + "'");
	}

	private void rating(String code, String rating) {
		sql("insert into dossier_rating (dossier_id, rating, rated_at) select id, '" + rating + "', "
				+ "'2026-10-31 11:00+07' from dossier where code = '" + code + "'");
	}

	private void sql(String statement) {
		StepVerifier.create(this.db.sql(statement).fetch().rowsUpdated()).expectNext(1L).verifyComplete();
	}

}
