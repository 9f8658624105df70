package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class WardResourceTest {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Test
	void thirtyFourProvincesAnd3321UnitsAreInForceOnMergerDay() {
		List<Map<String, Object>> provinces = get("/provinces?on=2025-07-01");
		assertThat(provinces).hasSize(34);
		assertThat(provinces.stream().mapToLong(p -> ((Number) p.get("wards")).longValue()).sum()).isEqualTo(3321);
		this.client.get().uri("/wards?on=2025-07-01&size=1").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.total").isEqualTo(3321).jsonPath("$.items.length()").isEqualTo(1);
	}

	@Test
	void sixtyThreeProvincesAnd10035UnitsWereInForceTheDayBefore() {
		assertThat(get("/provinces?on=2025-06-30")).hasSize(63);
		this.client.get().uri("/wards?on=2025-06-30&size=1").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.total").isEqualTo(10035);
	}

	@Test
	void haiChauHasExactlyFivePredecessors() {
		List<Map<String, Object>> links = get("/wards/20242/predecessors?on=2025-07-01");
		assertThat(links).extracting(l -> l.get("fullName")).containsExactlyInAnyOrder("Phường Thanh Bình",
				"Phường Thuận Phước", "Phường Thạch Thang", "Phường Phước Ninh", "Phường Hải Châu");
		assertThat(links).allSatisfy(l -> {
			assertThat(l.get("provinceName")).isEqualTo("Đà Nẵng");
			assertThat(l.get("partial")).isEqualTo(false);
			assertThat(l).containsKeys("code", "name");
		});
	}

	@Test
	void phuThoWardHasHungVuongVanLungAndHaLoc() {
		String code = (String) this.client.get().uri("/wards?q=phu tho&province=25&on=2025-07-01").exchange()
			.expectStatus().isOk().expectBody(WardPage.class).returnResult().getResponseBody().items().stream()
			.filter(w -> w.fullName().equals("Phường Phú Thọ")).findFirst().orElseThrow().code();
		assertThat(get("/wards/" + code + "/predecessors")).extracting(l -> l.get("fullName"))
			.containsExactlyInAnyOrder("Phường Hùng Vương", "Xã Văn Lung", "Xã Hà Lộc");
	}

	@Test
	void diAnMeansAnotherUnitBeforeAndAfterTheMerger() {
		this.client.get().uri("/wards/25942?on=2025-06-30").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.provinceCode").isEqualTo("74").jsonPath("$.district").isEqualTo("Thành phố Dĩ An")
			.jsonPath("$.effectiveTo").isEqualTo("2025-06-30");
		this.client.get().uri("/wards/25942?on=2025-07-01").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.provinceCode").isEqualTo("79").jsonPath("$.fullName").isEqualTo("Phường Dĩ An")
			.jsonPath("$.effectiveFrom").isEqualTo("2025-07-01");
		assertThat(get("/wards/25942/successors?on=2025-06-30")).extracting(l -> l.get("code")).contains("25942");
	}

	@Test
	void baDinhCodeWasTrucBachBeforeTheMerger() {
		this.client.get().uri("/wards/00004?on=2025-06-30").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.fullName").isEqualTo("Phường Trúc Bạch");
		this.client.get().uri("/wards/00004?on=2025-07-01").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.fullName").isEqualTo("Phường Ba Đình");
	}

	@Test
	void unaccentedSearchFindsHaiChau() {
		WardPage page = this.client.get().uri("/wards?q=hai chau&on=2025-07-01").exchange().expectStatus().isOk()
			.expectBody(WardPage.class).returnResult().getResponseBody();
		assertThat(page.items()).extracting(WardView::code).contains("20242");
		assertThat(page.items()).allSatisfy(w -> assertThat(VietnameseNames.searchKey(w.fullName())).contains("hai chau"));
	}

	@Test
	void codeNotInForceOnTheDayIsNotFound() {
		this.client.get().uri("/wards/00001?on=2025-07-01").exchange().expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:not-found");
	}

	@Test
	void malformedCodeDateOrPageSizeIsBadRequest() {
		for (String uri : List.of("/wards/12ab5", "/wards/123456", "/wards/20242?on=2025-13-01", "/wards/20242?on=yesterday",
				"/wards?size=1000", "/wards?province=7", "/wards/20242/predecessors?on=x")) {
			this.client.get().uri(uri).exchange().expectStatus().isBadRequest()
				.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:invalid-parameter");
		}
	}

	/** Units starting after the national merger day are later mergers (POST /wards/mergers), not loaded data. */
	@Test
	void registryIsLoadedOnceWithoutDuplicates() {
		StepVerifier.create(this.db.sql("select count(*) as units, count(distinct (code, effective_from)) as keys, "
				+ "(select count(*) from admin_unit_link) as links from admin_unit where effective_from <= :mergerDay")
			.bind("mergerDay", AdminUnit.MERGER_DAY).map(row -> List.of(
						row.get("units", Long.class), row.get("keys", Long.class), row.get("links", Long.class))).one())
			.assertNext(counts -> {
				assertThat(counts.get(0)).isEqualTo(10035 + 3321).isEqualTo(counts.get(1));
				assertThat(counts.get(2)).isGreaterThan(10_000);
			})
			.verifyComplete();
	}

	private List<Map<String, Object>> get(String uri) {
		return this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody(LIST).returnResult().getResponseBody();
	}

}
