package vn.onestop.intake.rehoming;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.dossier.Requests;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** WardsMerged from citizen-service moves open dossiers of the merged wards, once, and nothing else. */
class RehomingDossiersTest extends IntakeContext {

	@Test
	void movesTheOpenDossiersOfWardsMergedWholeKeepingCodesAndDueTimesAndRecordingTheMove() {
		String whole = freshWard();
		String inPart = freshWard();
		String other = freshWard();
		String successor = freshWard();
		String open = file(whole);
		String returned = file(whole);
		String partial = file(inPart);
		String elsewhere = file(other);
		this.db.sql("update dossier set status = 10 where code = :code").bind("code", returned).then().block();
		Map<String, Object> before = dossier(open);

		String event = wardsMerged(successor, whole, inPart);
		deliver(event);
		deliver(event);

		Map<String, Object> after = dossier(open);
		assertThat(after.get("ward_code")).isEqualTo(successor);
		assertThat(after.get("code")).isEqualTo(open);
		assertThat(after.get("due_at")).isEqualTo(before.get("due_at"));
		assertThat(dossier(returned).get("ward_code")).isEqualTo(whole);
		assertThat(dossier(partial).get("ward_code")).isEqualTo(inPart);
		assertThat(dossier(elsewhere).get("ward_code")).isEqualTo(other);
		assertThat(moves(open)).singleElement()
			.satisfies(reason -> assertThat(reason).contains(whole).contains(successor).contains("2027-01-01"));
		assertThat(moves(returned)).isEmpty();
	}

	@Test
	void ignoresEventsItDoesNotConsumeButRecordsThem() {
		UUID id = UUID.randomUUID();
		deliver("{\"id\":\"" + id + "\",\"source\":\"citizen-service\",\"eventType\":\"CitizenRegistered\","
				+ "\"occurredAt\":\"" + Instant.now() + "\",\"payload\":{\"id\":\"x\"}}");

		assertThat(this.db.sql("select count(*) from processed_event where event_id = :id").bind("id", id)
			.map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1);
	}

	@Test
	void refusesAnEnvelopeWithoutPayload() {
		as(TestTokens.service()).post()
			.uri("/internal/events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"citizen-service\",\"eventType\":\"WardsMerged\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private String file(String ward) {
		return this.client.post()
			.uri("/dossiers")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("code")
			.toString();
	}

	private void deliver(String event) {
		as(TestTokens.service()).post().uri("/internal/events").contentType(MediaType.APPLICATION_JSON).bodyValue(event)
			.exchange().expectStatus().isAccepted();
	}

	private Map<String, Object> dossier(String code) {
		return this.db.sql("select code, ward_code, due_at from dossier where code = :code").bind("code", code).fetch().one().block();
	}

	private List<String> moves(String code) {
		return this.db.sql("select h.reason from dossier_status_history h join dossier d on d.id = h.dossier_id "
				+ "where d.code = :code and h.actor = :actor")
			.bind("code", code)
			.bind("actor", RehomingDossiers.ACTOR)
			.map(row -> row.get("reason", String.class))
			.all()
			.collectList()
			.block();
	}

	private static String wardsMerged(String successor, String whole, String inPart) {
		return """
				{"id":"%s","source":"citizen-service","aggregateType":"Ward","aggregateId":"%s","eventType":"WardsMerged",
				 "occurredAt":"2026-12-15T03:00:00Z",
				 "payload":{"successor":{"code":"%s","name":"Phường Mới","province":"48"},"effectiveOn":"2027-01-01",
				  "predecessors":[{"code":"%s","partial":false},{"code":"%s","partial":true}]}}"""
			.formatted(UUID.randomUUID(), successor, successor, whole, inPart);
	}

}
