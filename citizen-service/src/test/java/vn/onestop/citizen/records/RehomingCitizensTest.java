package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.citizen.ward.WardFixtures;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Citizens of merged wards: moved from full predecessors with history, marked for review in partial ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class RehomingCitizensTest {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	private static final LocalDate ON = WardFixtures.DAY;

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	private WebTestClient staff;

	@Test
	void fullPredecessorsMoveTheirCitizensPartialOnesMarkThemForReview() {
		String full = ward("Toàn Phần");
		String split = ward("Chia Tách");
		String continuing = ward("Còn Lại");
		String elsewhere = ward("Nơi Khác");
		String code = WardFixtures.nextCode();
		this.staff = staffOf(full, split, continuing, elsewhere, code);
		String movedOnce = register("Phạm Văn An", full);
		String patched = register("Phạm Thị Bình", full);
		this.staff.patch().uri("/citizens/" + patched).header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("email", "binh@example.vn")).exchange()
			.expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
		String inactive = register("Phạm Văn Cường", full);
		this.staff.post().uri("/citizens/" + inactive + "/deactivation").header(HttpHeaders.IF_MATCH, "\"1\"").exchange()
			.expectStatus().isOk();
		String inSplit = register("Phạm Văn Dũng", split);
		String inContinuing = register("Phạm Thị Hoa", continuing);
		String untouched = register("Phạm Văn Khoa", elsewhere);
		Map<String, String> predecessors = new LinkedHashMap<>();
		predecessors.put(full, "full");
		predecessors.put(split, "partial");
		predecessors.put(continuing, "continues");

		Map<String, Object> merger = WardFixtures.merger(code, "Hợp Nhất", ON, predecessors);
		this.staff.post().uri("/wards/mergers").bodyValue(merger).exchange().expectStatus().isCreated()
			.expectBody().jsonPath("$.citizensMoved").isEqualTo(3).jsonPath("$.citizensForReview").isEqualTo(2);

		assertCitizen(movedOnce, code, 2);
		assertCitizen(patched, code, 3);
		assertCitizen(inactive, code, 3);
		assertCitizen(inSplit, split, 1);
		assertCitizen(inContinuing, continuing, 1);
		assertCitizen(untouched, elsewhere, 1);
		List<Map<String, Object>> history = this.staff.get().uri("/citizens/" + patched + "/history").exchange()
			.expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
		Map<String, Object> last = history.get(history.size() - 1);
		assertThat(last).containsEntry("version", 3).containsEntry("action", "UPDATED").containsEntry("changedBy", "system:merger");
		assertThat(last.get("changes")).asString().contains("address.wardCode").contains(full).contains(code);
		assertThat(count("select count(*) from citizen_history where citizen_id = cast(:v as uuid) and changed_by = 'system:merger' "
				+ "and field = 'address.wardCode' and old_value = '" + full + "' and new_value = '" + code + "' and version = 2",
				movedOnce)).isEqualTo(1);
		assertThat(count("select count(*) from outbox_event where aggregate_id = :v and event_type = 'CitizenUpdated' "
				+ "and payload ->> 'wardCode' = '" + code + "' and (payload ->> 'version')::int = 2", movedOnce)).isEqualTo(1);
		assertThat(count("select count(*) from citizen_history where citizen_id = cast(:v as uuid) and version > 1", inSplit)).isZero();

		this.staff.patch().uri("/citizens/" + movedOnce).header(HttpHeaders.IF_MATCH, "\"1\"")
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("email", "an@example.vn")).exchange()
			.expectStatus().isEqualTo(412);

		assertReview(split, inSplit, "Phường Chia Tách (" + split + ") was partly merged into Phường Hợp Nhất (" + code + ")", false);
		assertReview(continuing, inContinuing, "or still in Phường Còn Lại", true);
		assertThat(reviews("/citizens/reviews?ward=" + full)).isEmpty();
		assertThat(reviews("/citizens/reviews?ward=" + split + "&kind=IMPORT_CONFLICT")).isEmpty();
		assertThat(reviews("/citizens/reviews?ward=" + split + "&status=RESOLVED")).isEmpty();

		this.staff.post().uri("/wards/mergers").bodyValue(merger).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.citizensMoved").isEqualTo(3);
		assertCitizen(movedOnce, code, 2);
		assertThat(reviews("/citizens/reviews?ward=" + split)).hasSize(1);
		assertThat(count("select count(*) from citizen where ward_code in ('" + full + "', '" + split + "', '" + continuing
				+ "', '" + code + "') and cast(:v as text) is not null", "x")).isEqualTo(5);
	}

	@Test
	void badReviewFiltersAre400WithFieldErrors() {
		this.client.get().uri("/citizens/reviews?ward=12ab&kind=OTHER&status=DONE&page=-1&size=500").exchange()
			.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields)
				.containsExactly("ward", "kind", "status", "page", "size"));
		this.client.get().uri("/citizens/reviews").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.page").isEqualTo(0).jsonPath("$.size").isEqualTo(20);
	}

	private void assertReview(String ward, String citizen, String reason, boolean continues) {
		List<Map<String, Object>> items = reviews("/citizens/reviews?ward=" + ward + "&kind=partial_merger");
		assertThat(items).hasSize(1);
		Map<String, Object> review = items.get(0);
		assertThat(review).containsEntry("citizenId", citizen).containsEntry("kind", "PARTIAL_MERGER")
			.containsEntry("status", "OPEN").containsEntry("wardCode", ward).containsKey("fullName").doesNotContainKey("idNumber")
			.containsEntry("createdBy", "system:merger");
		assertThat((String) review.get("reason")).contains(reason);
		assertThat((Map<String, Object>) review.get("details")).containsEntry("wardContinues", continues)
			.containsEntry("effectiveOn", ON.toString());
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> reviews(String uri) {
		Map<String, Object> page = this.staff.get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class)
			.returnResult().getResponseBody();
		assertThat(((Number) page.get("total")).intValue()).isEqualTo(((List<?>) page.get("items")).size());
		return (List<Map<String, Object>>) page.get("items");
	}

	private void assertCitizen(String id, String wardCode, int version) {
		this.staff.get().uri("/citizens/" + id).exchange().expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.ETAG, "\"" + version + "\"")
			.expectBody().jsonPath("$.address.wardCode").isEqualTo(wardCode).jsonPath("$.version").isEqualTo(version);
	}

	/** The client with the staff token (officer, leader, admin) of the test's own wards. */
	private WebTestClient staffOf(String... wards) {
		return TestTokens.anonymous(this.client).mutate()
			.defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.staff(List.of(wards))))
			.build();
	}

	private String ward(String name) {
		String code = WardFixtures.nextCode();
		StepVerifier.create(WardFixtures.ward(this.db, code, name)).verifyComplete();
		return code;
	}

	private String register(String fullName, String wardCode) {
		Map<String, Object> body = CitizenFixtures.body(fullName, CitizenFixtures.maleBorn1987(), CitizenFixtures.phone());
		body.put("address", Map.of("wardCode", wardCode));
		return (String) this.staff.post().uri("/citizens").bodyValue(body).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id");
	}

	private long count(String sql, String value) {
		return this.db.sql(sql).bind("v", value).map(row -> row.get(0, Long.class)).one().block();
	}

}
