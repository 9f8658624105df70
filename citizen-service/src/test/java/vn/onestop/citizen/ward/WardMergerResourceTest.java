package vn.onestop.citizen.ward;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class WardMergerResourceTest {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	private static final LocalDate ON = WardFixtures.DAY;

	private static final LocalDate BEFORE = ON.minusDays(1);

	private static final LocalDate LATER = ON.plusDays(15);

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private JsonMapper json;

	@Test
	void aMergerEndsItsPredecessorsStartsTheNewUnitLinksThemAndIsAnnounced() {
		String first = ward("Hòa Một");
		String second = ward("Hòa Hai");
		String split = ward("Hòa Ba");
		String code = WardFixtures.nextCode();
		Map<String, String> predecessors = new LinkedHashMap<>();
		predecessors.put(first, "full");
		predecessors.put(second, "full");
		predecessors.put(split, "continues");

		this.client.post().uri("/wards/mergers").bodyValue(WardFixtures.merger(code, "Hòa Mới", ON, predecessors)).exchange()
			.expectStatus().isCreated()
			.expectHeader().location(code + "?on=" + ON)
			.expectBody()
			.jsonPath("$.successor.code").isEqualTo(code)
			.jsonPath("$.successor.fullName").isEqualTo("Phường Hòa Mới")
			.jsonPath("$.successor.provinceName").isEqualTo("Đà Nẵng")
			.jsonPath("$.effectiveOn").isEqualTo(ON.toString())
			.jsonPath("$.predecessors[0].effectiveTo").isEqualTo(BEFORE.toString())
			.jsonPath("$.predecessors[2].partial").isEqualTo(true)
			.jsonPath("$.predecessors[2].effectiveTo").doesNotExist()
			.jsonPath("$.citizensMoved").isEqualTo(0);

		this.client.get().uri("/wards/" + first + "?on=" + BEFORE).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.effectiveTo").isEqualTo(BEFORE.toString());
		this.client.get().uri("/wards/" + first + "?on=" + ON).exchange().expectStatus().isNotFound();
		this.client.get().uri("/wards/" + code + "?on=" + BEFORE).exchange().expectStatus().isNotFound();
		this.client.get().uri("/wards/" + code + "?on=" + ON).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.fullName").isEqualTo("Phường Hòa Mới").jsonPath("$.effectiveFrom").isEqualTo(ON.toString())
			.jsonPath("$.provinceCode").isEqualTo("48");
		this.client.get().uri("/wards/" + split + "?on=" + LATER).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.effectiveTo").doesNotExist();
		assertThat(get("/wards/" + code + "/predecessors?on=" + ON))
			.extracting(l -> l.get("code") + ":" + l.get("partial"))
			.containsExactlyInAnyOrder(first + ":false", second + ":false", split + ":true");
		assertThat(get("/wards/" + first + "/successors?on=" + BEFORE)).extracting(l -> l.get("code")).containsExactly(code);
		assertThat(get("/wards/" + split + "/successors")).extracting(l -> l.get("code") + ":" + l.get("partial"))
			.containsExactly(code + ":true");

		List<JsonNode> events = events(code);
		assertThat(events).hasSize(1);
		JsonNode event = events.get(0);
		assertThat(event.at("/successor/code").asString()).isEqualTo(code);
		assertThat(event.at("/successor/name").asString()).isEqualTo("Hòa Mới");
		assertThat(event.at("/successor/province").asString()).isEqualTo("48");
		assertThat(event.at("/effectiveOn").asString()).isEqualTo(ON.toString());
		assertThat(event.at("/predecessors").size()).isEqualTo(3);
		assertThat(event.at("/predecessors/2/code").asString()).isEqualTo(split);
		assertThat(event.at("/predecessors/2/partial").asBoolean()).isTrue();
	}

	@Test
	void theNewUnitMayReuseAPredecessorsCodeAndTheCodeThenResolvesByDate() {
		String reused = ward("Cũ Một");
		String other = ward("Cũ Hai");
		post(WardFixtures.merger(reused, "Mới Một", ON, Map.of(reused, "full", other, "full"))).expectStatus().isCreated();
		this.client.get().uri("/wards/" + reused + "?on=" + BEFORE).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.fullName").isEqualTo("Phường Cũ Một");
		this.client.get().uri("/wards/" + reused + "?on=" + ON).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.fullName").isEqualTo("Phường Mới Một");
		assertThat(get("/wards/" + reused + "/predecessors?on=" + ON)).extracting(l -> l.get("code"))
			.containsExactlyInAnyOrder(reused, other);
	}

	@Test
	void postingTheSameMergerTwiceAnswersTheSameAndWritesOnceOtherContentIsAConflict() {
		String first = ward("Lặp Một");
		String second = ward("Lặp Hai");
		String code = WardFixtures.nextCode();
		Map<String, Object> body = WardFixtures.merger(code, "Lặp Mới", ON, Map.of(first, "full", second, "partial"));
		String created = post(body).expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
		String again = post(body).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(this.json.readTree(again)).isEqualTo(this.json.readTree(created));

		assertThat(count("select count(*) from admin_unit where code = :code", code)).isEqualTo(1);
		assertThat(count("select count(*) from admin_unit_link where successor_code = :code", code)).isEqualTo(2);
		assertThat(count("select count(*) from ward_merger where successor_code = :code", code)).isEqualTo(1);
		assertThat(events(code)).hasSize(1);

		post(WardFixtures.merger(code, "Lặp Khác", ON, Map.of(first, "full", second, "partial"))).expectStatus()
			.isEqualTo(409).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:merger-conflict")
			.jsonPath("$.errors[0].field").isEqualTo("successor.code");
		post(WardFixtures.merger(code, "Lặp Mới", ON, Map.of(first, "full", second, "full"))).expectStatus().isEqualTo(409);
		assertThat(events(code)).hasSize(1);
	}

	@Test
	void aPredecessorThatIsUnknownOrNoLongerInForceIs422NamingItAndNothingIsWritten() {
		String alive = ward("Còn");
		String unknown = WardFixtures.nextCode();
		String code = WardFixtures.nextCode();
		Map<String, String> predecessors = new LinkedHashMap<>();
		predecessors.put(alive, "full");
		predecessors.put(unknown, "full");
		post(WardFixtures.merger(code, "Không Thành", ON, predecessors)).expectStatus().isEqualTo(422).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:predecessor-not-in-force")
			.jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(unknown))
			.jsonPath("$.errors[0].field").isEqualTo("predecessors[1].code");
		assertThat(count("select count(*) from admin_unit where code = :code", code)).isZero();
		this.client.get().uri("/wards/" + alive + "?on=" + LATER).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.effectiveTo").doesNotExist();

		String merged = ward("Đã Gộp");
		post(WardFixtures.merger(WardFixtures.nextCode(), "Gộp Trước", ON, Map.of(merged, "full"))).expectStatus().isCreated();
		post(WardFixtures.merger(WardFixtures.nextCode(), "Gộp Sau", LATER, Map.of(merged, "full"))).expectStatus()
			.isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("predecessors[0].code");
	}

	@Test
	void aCodeThatNamesAnotherUnitInForceIsRefusedUnlessThatUnitIsReplaced() {
		String taken = ward("Đang Dùng");
		String predecessor = ward("Gộp Vào");
		post(WardFixtures.merger(taken, "Trùng Mã", ON, Map.of(predecessor, "full"))).expectStatus().isEqualTo(409)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:ward-code-in-use")
			.jsonPath("$.errors[0].field").isEqualTo("successor.code");
		post(WardFixtures.merger(taken, "Trùng Mã", ON, Map.of(predecessor, "full", taken, "continues"))).expectStatus()
			.isEqualTo(409);
	}

	@Test
	void theOtherPartOfASplitCanBeRecordedOnTheSameDay() {
		String split = ward("Chia Đôi");
		String east = WardFixtures.nextCode();
		String west = WardFixtures.nextCode();
		post(WardFixtures.merger(east, "Chia Đông", ON, Map.of(split, "partial"))).expectStatus().isCreated();
		post(WardFixtures.merger(west, "Chia Tây", ON, Map.of(split, "partial"))).expectStatus().isCreated();
		assertThat(get("/wards/" + split + "/successors?on=" + BEFORE)).extracting(l -> l.get("code") + ":" + l.get("partial"))
			.containsExactlyInAnyOrder(east + ":true", west + ":true");
		post(WardFixtures.merger(WardFixtures.nextCode(), "Chia Ba", ON, Map.of(split, "full"))).expectStatus().isEqualTo(422);
	}

	@Test
	void badInputIs400Or422WithFieldErrorsNever5xx() {
		post(Map.of("successor", Map.of("code", "9x", "name", "Phường", "type", "CITY", "provinceCode", "4"),
				"effectiveOn", "2025-07-01", "predecessors", List.of()))
			.expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:validation")
			.jsonPath("$.errors.length()").isEqualTo(6);
		post(WardFixtures.merger(WardFixtures.nextCode(), "Tương Lai", LocalDate.now().plusDays(2), Map.of("20242", "full")))
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("effectiveOn");
		this.client.post().uri("/wards/mergers").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"successor\": ")
			.exchange().expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.post().uri("/wards/mergers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"effectiveOn\": \"2026-01-01\", \"predecessors\": [{\"code\": \"20242\", \"partial\": [1]}]}")
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("predecessors[0].partial");
		this.client.post().uri("/wards/mergers").contentType(MediaType.APPLICATION_JSON).exchange()
			.expectStatus().isBadRequest();
		Map<String, Object> unknownProvince = WardFixtures.merger(WardFixtures.nextCode(), "Tỉnh Lạ", ON, Map.of(ward("Tỉnh"), "full"));
		unknownProvince.put("successor", Map.of("code", WardFixtures.nextCode(), "name", "Tỉnh Lạ", "type", "WARD", "provinceCode", "99"));
		post(unknownProvince).expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:unknown-province");
	}

	private String ward(String name) {
		String code = WardFixtures.nextCode();
		StepVerifier.create(WardFixtures.ward(this.db, code, name)).verifyComplete();
		return code;
	}

	private WebTestClient.ResponseSpec post(Map<String, Object> body) {
		return this.client.post().uri("/wards/mergers").bodyValue(body).exchange();
	}

	private List<Map<String, Object>> get(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
	}

	private List<JsonNode> events(String code) {
		return Flux.from(this.db.sql("select payload::text as payload from outbox_event where aggregate_type = 'Ward' "
				+ "and event_type = 'WardsMerged' and aggregate_id = :code").bind("code", code)
			.map(row -> row.get("payload", String.class)).all()).map(this.json::readTree).collectList().block();
	}

	private long count(String sql, String code) {
		return this.db.sql(sql).bind("code", code).map(row -> row.get(0, Long.class)).one().block();
	}

}
