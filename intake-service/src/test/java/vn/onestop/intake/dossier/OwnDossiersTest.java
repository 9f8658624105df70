package vn.onestop.intake.dossier;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /my-dossiers on real PostgreSQL: a citizen sees the dossiers they submitted, newest first, and no other. */
class OwnDossiersTest extends IntakeContext {

	private static final String OWN_ID = "038087777001";

	@Test
	void aCitizenSeesTheirOwnDossiersNewestFirstAndNoOneElses() {
		String ward = freshWard();
		String first = receive(Requests.body("HT-XAC-NHAN-HON-NHAN", ward, "IN_PERSON", OWN_ID, "[{\"key\":\"to-khai\",\"originals\":1}]"));
		this.clock.set(MONDAY_MORNING.plusHours(2));
		String second = receive(Requests.body("HT-XAC-NHAN-HON-NHAN", ward, "ONLINE", OWN_ID, "[{\"key\":\"to-khai\",\"originals\":1}]"));
		String someoneElses = receive(Requests.maritalStatus(ward, "IN_PERSON"));

		List<Map<String, Object>> mine = as(TestTokens.citizen(OWN_ID)).get().uri("/my-dossiers").exchange()
			.expectStatus().isOk().expectBody(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).returnResult().getResponseBody();

		assertThat(mine).extracting(item -> item.get("code")).containsExactly(second, first).doesNotContain(someoneElses);
		assertThat(mine.get(1)).containsEntry("procedureName", "Cấp Giấy xác nhận tình trạng hôn nhân")
			.containsEntry("wardCode", ward)
			.containsEntry("receivedAt", "2026-10-26T09:30:00+07:00")
			.containsEntry("appointmentAt", "2026-10-29T09:30:00+07:00");
		assertThat(mine.get(0).get("status")).isEqualTo(Map.of("code", 1, "name", "SUBMITTED_ONLINE",
				"label", mine.get(0).get("status") instanceof Map<?, ?> s ? s.get("label") : ""));
	}

	private String receive(String body) {
		return this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectStatus().isCreated().expectBody(DossierView.class).returnResult().getResponseBody().code();
	}

}
