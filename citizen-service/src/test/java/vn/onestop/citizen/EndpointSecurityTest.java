package vn.onestop.citizen;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.citizen.ward.WardFixtures;
import vn.onestop.support.security.test.EndpointCatalog;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #6, line 2, for citizen-service: every endpoint called without a token, by officers and leaders of another
 * ward, by a citizen for someone else's record, by the roles that may not, and by its rightful caller. Two wards of
 * the test's own, A and B, each with a citizen of the same name and an open import-conflict review. Fails when the
 * service serves an endpoint this table has no case for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class EndpointSecurityTest {

	private static final MediaType CSV = MediaType.valueOf("text/csv");

	private static final String BORN = "2001-01-01";

	/** Women born in 2001 registered in Hà Nội: a range no other test hands out. */
	private static final AtomicInteger ID_NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 900_000));

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private ApplicationContext context;

	private String wardA;

	private String wardB;

	private String name;

	private String idA;

	private String idB;

	private String citizenA;

	private String citizenB;

	private String reviewA;

	private String reviewB;

	private String importA;

	private String officerA;

	private String leaderA;

	private String officerB;

	private String leaderB;

	private String ownCitizen;

	private String otherCitizen;

	private String admin;

	private String monitor;

	private String service;

	@BeforeEach
	void twoWardsEachWithACitizenOfTheSameNameAndAReview() {
		this.wardA = ward("An Ninh");
		this.wardB = ward("Bình Yên");
		this.officerA = TestTokens.officer(this.wardA);
		this.leaderA = TestTokens.leader(this.wardA);
		this.officerB = TestTokens.officer(this.wardB);
		this.leaderB = TestTokens.leader(this.wardB);
		this.admin = TestTokens.admin();
		this.monitor = TestTokens.monitor();
		this.service = TestTokens.service();
		this.name = "Khúc Thị Thừa " + List.of("Dụ", "Hạo", "Mỹ", "Ngọc").get(ID_NUMBERS.get() % 4);
		this.idA = idNumber();
		this.idB = idNumber();
		this.citizenA = register(this.officerA, this.name, this.idA, this.wardA);
		this.citizenB = register(this.officerB, this.name, this.idB, this.wardB);
		this.ownCitizen = TestTokens.citizen(this.idA);
		this.otherCitizen = TestTokens.citizen(this.idB);
		this.importA = importConflict(this.officerA, this.idA, this.wardA);
		importConflict(this.officerB, this.idB, this.wardB);
		this.reviewA = openReview(this.citizenA);
		this.reviewB = openReview(this.citizenB);
	}

	private Map<String, Runnable> cases() {
		Map<String, Runnable> cases = new LinkedHashMap<>();
		cases.put("GET /citizens/me", this::aCitizenReadsOnlyTheirOwnRecordAsMe);
		cases.put("GET /wards", () -> anyoneSignedInReads("/wards?q=ninh&on=" + LocalDate.now()));
		cases.put("GET /wards/{code}", () -> anyoneReadsEvenWithoutAToken("/wards/" + this.wardA));
		cases.put("GET /wards/{code}/predecessors", () -> anyoneSignedInReads("/wards/" + this.wardA + "/predecessors"));
		cases.put("GET /wards/{code}/successors", () -> anyoneSignedInReads("/wards/" + this.wardA + "/successors"));
		cases.put("GET /provinces", () -> anyoneSignedInReads("/provinces"));
		cases.put("POST /wards/mergers", this::onlyAnAdminRecordsAMergerWhichIsAudited);
		cases.put("POST /citizens", this::onlyStaffOfTheAddressWardAndServicesRegister);
		cases.put("GET /citizens/{id}", () -> readableByStaffOfItsWardTheCitizenAndServices("/citizens/%s"));
		cases.put("GET /citizens/{id}/history",
				() -> readableByStaffOfItsWardTheCitizenAndServices("/citizens/%s/history"));
		cases.put("PATCH /citizens/{id}", this::staffOfItsWardChangeItTheCitizenOnlyTheirPreferences);
		cases.put("POST /citizens/{id}/deactivation", this::onlyStaffOfItsWardDeactivateAndItIsAudited);
		cases.put("POST /citizens/lookup", this::staffFindTheirWardsCitizensACitizenThemselfServicesAnyone);
		cases.put("GET /citizens/search", this::staffSearchOnlyTheirWards);
		cases.put("GET /citizens/reviews", this::staffListOnlyTheReviewsOfTheirWardsAndTotalsCountOnlyThose);
		cases.put("POST /citizens/reviews/{id}/resolution", this::onlyStaffOfItsWardResolveAReviewWhichIsAudited);
		cases.put("POST /citizens/imports", this::onlyStaffOfTheSuccessorWardImportAndItIsAudited);
		cases.put("GET /citizens/imports/{id}", () -> importReadableByStaffOfItsWard("/citizens/imports/%s"));
		cases.put("GET /citizens/imports/{id}/errors", () -> importReadableByStaffOfItsWard("/citizens/imports/%s/errors"));
		cases.put("GET /audit", this::onlyAnAdminReadsTheAuditLog);
		return cases;
	}

	@Test
	void everyEndpointHasACase() {
		assertThat(cases().keySet()).containsExactlyInAnyOrderElementsOf(EndpointCatalog.of(this.context));
	}

	@TestFactory
	Stream<DynamicTest> everyEndpoint() {
		return cases().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), entry.getValue()::run));
	}

	@Test
	void aSplitWardsCitizenIsReadAndSettledByTheSuccessorsStaffUntilOneOfThemHasSettledIt() {
		String split = this.wardA;
		String east = WardFixtures.nextCode();
		String west = WardFixtures.nextCode();
		for (String successor : List.of(east, west)) {
			status(call(this.admin, HttpMethod.POST, "/wards/mergers", WardFixtures.merger(successor,
					"Tách " + successor, WardFixtures.DAY, Map.of(split, "partial"))), 201);
		}
		String eastOfficer = TestTokens.officer(east);
		String westOfficer = TestTokens.officer(west);
		String eastReview = reviewOf(read(call(eastOfficer, HttpMethod.GET, "/citizens/reviews?kind=PARTIAL_MERGER", null)),
				this.citizenA);
		String westReview = reviewOf(read(call(westOfficer, HttpMethod.GET, "/citizens/reviews?kind=PARTIAL_MERGER", null)),
				this.citizenA);
		assertThat(ids(read(call(this.officerB, HttpMethod.GET, "/citizens/reviews?kind=PARTIAL_MERGER", null)),
				"citizenId")).doesNotContain(this.citizenA);
		ok(call(westOfficer, HttpMethod.GET, "/citizens/" + this.citizenA, null));
		ok(call(eastOfficer, HttpMethod.POST, "/citizens/lookup", Map.of("idNumber", this.idA)));
		likeMissing(call(eastOfficer, HttpMethod.PATCH, "/citizens/" + this.citizenA, Map.of("email", "a@example.vn")),
				call(eastOfficer, HttpMethod.PATCH, "/citizens/" + UUID.randomUUID(), Map.of("email", "a@example.vn")));

		String uri = "/citizens/reviews/" + eastReview + "/resolution";
		Map<String, String> choice = Map.of("wardCode", east);
		EntityExchangeResult<String> missing = call(eastOfficer, HttpMethod.POST,
				"/citizens/reviews/" + UUID.randomUUID() + "/resolution", choice);
		for (String token : List.of(this.officerB, TestTokens.officer(WardFixtures.nextCode()), this.ownCitizen,
				this.admin, this.monitor, this.service)) {
			likeMissing(call(token, HttpMethod.POST, uri, choice), missing);
		}
		Map<?, ?> resolved = read(call(eastOfficer, HttpMethod.POST, uri, choice));
		assertThat(((Map<?, ?>) ((Map<?, ?>) resolved.get("citizen")).get("address")).get("wardCode")).isEqualTo(east);

		ok(call(eastOfficer, HttpMethod.GET, "/citizens/" + this.citizenA, null));
		for (String settledElsewhere : List.of(westOfficer, this.officerA)) {
			likeMissing(call(settledElsewhere, HttpMethod.GET, "/citizens/" + this.citizenA, null),
					call(settledElsewhere, HttpMethod.GET, "/citizens/" + UUID.randomUUID(), null));
		}
		assertThat(ids(read(call(westOfficer, HttpMethod.GET, "/citizens/reviews", null)), "citizenId"))
			.doesNotContain(this.citizenA);
		likeMissing(call(westOfficer, HttpMethod.POST, "/citizens/reviews/" + westReview + "/resolution",
				Map.of("wardCode", west)), missing);
		assertThat(ids(read(call(eastOfficer, HttpMethod.GET, "/citizens/reviews?kind=PARTIAL_MERGER", null)), "id"))
			.as("the other successor's review, now the citizen's new ward's to close").contains(westReview);
	}

	@Test
	void onlyTheOpenApiDocumentAndHealthAnswerWithoutAToken() {
		assertThat(ok(call(null, HttpMethod.GET, "/v3/api-docs", null))).contains("/citizens/search").contains("/wards");
		ok(call(null, HttpMethod.GET, "/actuator/health/readiness", null));
		status(call(null, HttpMethod.GET, "/actuator/prometheus", null), 401);
		forbidden(call(this.officerA, HttpMethod.GET, "/actuator/prometheus", null));
		status(call("not-a-token", HttpMethod.GET, "/wards/" + this.wardA, null), 401);
	}

	@Test
	void aCitizenLooksUpNobodyButThemselfAndAnUnknownNumberLooksTheSame() {
		EntityExchangeResult<String> unknown = call(this.otherCitizen, HttpMethod.POST, "/citizens/lookup",
				Map.of("idNumber", idNumber()));
		likeMissing(call(this.otherCitizen, HttpMethod.POST, "/citizens/lookup", Map.of("idNumber", this.idA)), unknown);
		assertThat(read(call(this.otherCitizen, HttpMethod.POST, "/citizens/lookup", Map.of("idNumber", this.idB)))
			.get("id")).isEqualTo(this.citizenB);
	}

	private void aCitizenReadsOnlyTheirOwnRecordAsMe() {
		status(call(null, HttpMethod.GET, "/citizens/me", null), 401);
		for (String token : List.of(this.officerA, this.leaderA, this.admin, this.monitor, this.service)) {
			status(call(token, HttpMethod.GET, "/citizens/me", null), 403);
		}
		Map<?, ?> own = read(status(call(this.ownCitizen, HttpMethod.GET, "/citizens/me", null), 200));
		assertThat(own.get("id")).isEqualTo(this.citizenA);
		status(call(TestTokens.citizen("079099000777"), HttpMethod.GET, "/citizens/me", null), 404);
	}

	private void anyoneReadsEvenWithoutAToken(String uri) {
		assertThat(ok(call(null, HttpMethod.GET, uri, null))).contains("\"code\":\"" + this.wardA + "\"");
		for (String token : List.of(this.officerB, this.ownCitizen, this.admin)) {
			ok(call(token, HttpMethod.GET, uri, null));
		}
		status(call(null, HttpMethod.GET, "/wards?q=ninh", null), 401);
		status(call(null, HttpMethod.GET, uri + "/predecessors", null), 401);
	}

	private void anyoneSignedInReads(String uri) {
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerA, this.officerB, this.ownCitizen, this.admin, this.monitor,
				this.service)) {
			ok(call(token, HttpMethod.GET, uri, null));
		}
	}

	private void onlyAnAdminRecordsAMergerWhichIsAudited() {
		String predecessor = ward("Gộp " + this.wardA);
		String code = WardFixtures.nextCode();
		Map<String, Object> merger = WardFixtures.merger(code, "Hợp Nhất " + code, WardFixtures.DAY,
				Map.of(predecessor, "full"));
		status(call(null, HttpMethod.POST, "/wards/mergers", merger), 401);
		for (String token : List.of(this.officerA, this.leaderA, TestTokens.leader(predecessor), this.monitor,
				this.ownCitizen, this.service)) {
			forbidden(call(token, HttpMethod.POST, "/wards/mergers", merger));
		}
		assertThat(count("select count(*) from admin_unit where code = :v", code)).isZero();
		EntityExchangeResult<String> recorded = TestTokens.anonymous(this.client).post().uri("/wards/mergers")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(this.admin))
			.header("X-Forwarded-For", "203.0.113.9, 10.0.0.1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(merger)
			.exchange()
			.expectBody(String.class)
			.returnResult();
		status(recorded, 201);
		Map<?, ?> entry = audited("ward.merger", code, code);
		assertThat(entry.get("actor")).isEqualTo("admin");
		assertThat(entry.get("roles")).isEqualTo(List.of("PLATFORM_ADMIN"));
		assertThat(entry.get("clientIp")).isEqualTo("203.0.113.9");
		assertThat(entry.get("at")).isNotNull();
		assertThat(entry.get("details").toString()).contains(predecessor).contains("citizensMoved");
		status(call(this.admin, HttpMethod.POST, "/wards/mergers", merger), 200);
		assertThat(count("select count(*) from audit_event where action = 'ward.merger' and target = :v", code))
			.as("posting the same merger again changes nothing and is not audited again").isEqualTo(1);
	}

	private void onlyStaffOfTheAddressWardAndServicesRegister() {
		Map<String, Object> body = citizen(this.name, idNumber(), this.wardA);
		status(call(null, HttpMethod.POST, "/citizens", body), 401);
		for (String token : List.of(this.officerB, this.leaderB, this.ownCitizen, this.admin, this.monitor,
				TestTokens.monitor(this.wardA))) {
			forbidden(call(token, HttpMethod.POST, "/citizens", body));
		}
		assertThat(count("select count(*) from citizen where id_number = :v", (String) body.get("idNumber"))).isZero();
		for (String token : List.of(this.officerA, this.leaderA, this.service)) {
			Map<?, ?> created = read(status(call(token, HttpMethod.POST, "/citizens",
					citizen(this.name, idNumber(), this.wardA)), 201));
			assertThat(((Map<?, ?>) created.get("address")).get("wardCode")).isEqualTo(this.wardA);
		}
	}

	private void readableByStaffOfItsWardTheCitizenAndServices(String path) {
		String uri = path.formatted(this.citizenA);
		EntityExchangeResult<String> missing = call(this.officerA, HttpMethod.GET, path.formatted(UUID.randomUUID()), null);
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerB, this.leaderB, this.otherCitizen, this.admin, this.monitor,
				TestTokens.monitor(this.wardA), TestTokens.citizen(idNumber()))) {
			likeMissing(call(token, HttpMethod.GET, uri, null), missing);
		}
		for (String token : List.of(this.officerA, this.leaderA, this.ownCitizen, this.service)) {
			assertThat(ok(call(token, HttpMethod.GET, uri, null))).doesNotContain(this.citizenB);
		}
	}

	private void staffOfItsWardChangeItTheCitizenOnlyTheirPreferences() {
		String uri = "/citizens/" + this.citizenA;
		Map<String, Object> email = Map.of("email", "thua@example.vn");
		Map<String, Object> preferences = Map.of("preferences", Map.of("channel", "NONE", "consent", false));
		EntityExchangeResult<String> missing = call(this.officerA, HttpMethod.PATCH, "/citizens/" + UUID.randomUUID(), email);
		status(call(null, HttpMethod.PATCH, uri, email), 401);
		for (String token : List.of(this.officerB, this.leaderB, this.otherCitizen, this.admin, this.monitor,
				this.service)) {
			likeMissing(call(token, HttpMethod.PATCH, uri, email), missing);
			likeMissing(call(token, HttpMethod.PATCH, uri, preferences), missing);
		}
		forbidden(call(this.ownCitizen, HttpMethod.PATCH, uri, email));
		forbidden(call(this.ownCitizen, HttpMethod.PATCH, uri, Map.of("address", Map.of("wardCode", this.wardB))));
		assertThat(read(call(this.officerA, HttpMethod.GET, uri, null)).get("version")).isEqualTo(1);
		Map<?, ?> own = read(call(this.ownCitizen, HttpMethod.PATCH, uri, preferences));
		assertThat(own.get("preferences")).asString().contains("NONE");
		assertThat(read(call(this.officerA, HttpMethod.PATCH, uri, email)).get("email")).isEqualTo("thua@example.vn");
		assertThat(read(call(this.leaderA, HttpMethod.PATCH, uri, Map.of("email", "thua2@example.vn"))).get("version"))
			.isEqualTo(4);
		assertThat(ok(call(this.officerA, HttpMethod.GET, uri + "/history", null))).contains("citizen-" + this.idA.substring(8))
			.contains("officer-" + this.wardA).contains("leader-" + this.wardA);
	}

	private void onlyStaffOfItsWardDeactivateAndItIsAudited() {
		String id = register(this.officerA, this.name, idNumber(), this.wardA);
		String uri = "/citizens/" + id + "/deactivation";
		EntityExchangeResult<String> missing = call(this.officerA, HttpMethod.POST,
				"/citizens/" + UUID.randomUUID() + "/deactivation", null);
		status(call(null, HttpMethod.POST, uri, null), 401);
		for (String token : List.of(this.officerB, this.leaderB, TestTokens.citizen(idNumberOf(id)), this.otherCitizen,
				this.admin, this.monitor, this.service)) {
			likeMissing(call(token, HttpMethod.POST, uri, null), missing);
		}
		assertThat(read(call(this.officerA, HttpMethod.GET, "/citizens/" + id, null)).get("active")).isEqualTo(true);
		assertThat(read(call(this.leaderA, HttpMethod.POST, uri, null)).get("active")).isEqualTo(false);
		Map<?, ?> entry = audited("citizen.deactivate", id, this.wardA);
		assertThat(entry.get("actor")).isEqualTo("leader-" + this.wardA);
		assertThat(entry.get("details")).isEqualTo(Map.of("version", 2));
		status(call(this.officerA, HttpMethod.POST, uri, null), 200);
		assertThat(count("select count(*) from audit_event where action = 'citizen.deactivate' and target = :v", id))
			.as("deactivating an inactive citizen changes nothing and is not audited again").isEqualTo(1);
	}

	private void staffFindTheirWardsCitizensACitizenThemselfServicesAnyone() {
		Map<String, String> body = Map.of("idNumber", this.idA);
		EntityExchangeResult<String> unknown = call(this.officerA, HttpMethod.POST, "/citizens/lookup",
				Map.of("idNumber", idNumber()));
		status(call(null, HttpMethod.POST, "/citizens/lookup", body), 401);
		for (String token : List.of(this.officerB, this.leaderB, this.otherCitizen, this.admin, this.monitor,
				TestTokens.monitor(this.wardA))) {
			likeMissing(call(token, HttpMethod.POST, "/citizens/lookup", body), unknown);
		}
		for (String token : List.of(this.officerA, this.leaderA, this.ownCitizen, this.service)) {
			assertThat(read(call(token, HttpMethod.POST, "/citizens/lookup", body)).get("id")).isEqualTo(this.citizenA);
		}
	}

	private void staffSearchOnlyTheirWards() {
		String byName = "/citizens/search?size=100&name=" + this.name;
		status(call(null, HttpMethod.GET, byName, null), 401);
		forbidden(call(this.officerA, HttpMethod.GET, byName + "&ward=" + this.wardB, null));
		forbidden(call(this.leaderB, HttpMethod.GET, "/citizens/search?ward=" + this.wardA, null));
		for (String token : List.of(this.ownCitizen, this.admin, this.monitor, TestTokens.monitor(this.wardA),
				this.service)) {
			forbidden(call(token, HttpMethod.GET, byName, null));
			forbidden(call(token, HttpMethod.GET, byName + "&ward=" + this.wardA, null));
		}
		for (String uri : List.of(byName, byName + "&ward=" + this.wardA, "/citizens/search?size=100&ward=" + this.wardA)) {
			Map<?, ?> page = read(call(this.officerA, HttpMethod.GET, uri, null));
			assertThat(ids(page, "id")).as(uri).contains(this.citizenA).doesNotContain(this.citizenB);
			assertThat(ids(page, "wardCode")).as(uri).containsOnly(this.wardA);
		}
		assertThat(ids(read(call(this.leaderB, HttpMethod.GET, byName, null)), "id")).contains(this.citizenB)
			.doesNotContain(this.citizenA);
		assertThat(ids(read(call(TestTokens.officer(this.wardA, this.wardB), HttpMethod.GET, byName, null)), "id"))
			.contains(this.citizenA, this.citizenB);
	}

	private void staffListOnlyTheReviewsOfTheirWardsAndTotalsCountOnlyThose() {
		status(call(null, HttpMethod.GET, "/citizens/reviews", null), 401);
		forbidden(call(this.officerA, HttpMethod.GET, "/citizens/reviews?ward=" + this.wardB, null));
		for (String token : List.of(this.ownCitizen, this.admin, this.monitor, TestTokens.monitor(this.wardA),
				this.service)) {
			forbidden(call(token, HttpMethod.GET, "/citizens/reviews", null));
			forbidden(call(token, HttpMethod.GET, "/citizens/reviews?ward=" + this.wardA, null));
		}
		long openInA = count("select count(*) from citizen_review r join citizen c on c.id = r.citizen_id "
				+ "where r.status = 'OPEN' and c.ward_code = :v", this.wardA);
		assertThat(openInA).isPositive();
		for (String uri : List.of("/citizens/reviews?size=100", "/citizens/reviews?size=100&ward=" + this.wardA)) {
			Map<?, ?> page = read(call(this.leaderA, HttpMethod.GET, uri, null));
			assertThat(ids(page, "id")).as(uri).contains(this.reviewA).doesNotContain(this.reviewB);
			assertThat(ids(page, "citizenId")).as(uri).doesNotContain(this.citizenB);
			assertThat(((Number) page.get("total")).longValue()).as(uri).isEqualTo(openInA);
		}
		Map<?, ?> both = read(call(TestTokens.officer(this.wardA, this.wardB), HttpMethod.GET, "/citizens/reviews?size=100",
				null));
		assertThat(ids(both, "id")).contains(this.reviewA, this.reviewB);
	}

	private void onlyStaffOfItsWardResolveAReviewWhichIsAudited() {
		String uri = "/citizens/reviews/" + this.reviewA + "/resolution";
		Map<String, Object> keep = Map.of("fields", Map.of("fullName", "STORED"));
		EntityExchangeResult<String> missing = call(this.officerA, HttpMethod.POST,
				"/citizens/reviews/" + UUID.randomUUID() + "/resolution", keep);
		status(call(null, HttpMethod.POST, uri, keep), 401);
		for (String token : List.of(this.officerB, this.leaderB, this.ownCitizen, this.otherCitizen, this.admin,
				this.monitor, TestTokens.monitor(this.wardA), this.service)) {
			likeMissing(call(token, HttpMethod.POST, uri, keep), missing);
		}
		assertThat(count("select count(*) from citizen_review where status = 'OPEN' and id = cast(:v as uuid)",
				this.reviewA)).isEqualTo(1);
		Map<?, ?> resolved = read(call(this.officerA, HttpMethod.POST, uri, keep));
		assertThat(((Map<?, ?>) resolved.get("review")).get("resolvedBy")).isEqualTo("officer-" + this.wardA);
		Map<?, ?> entry = audited("citizen.review.resolve", this.reviewA, this.wardA);
		assertThat(entry.get("details")).isEqualTo(Map.of("kind", "IMPORT_CONFLICT", "citizenId", this.citizenA,
				"decision", Map.of("fullName", "STORED")));
		status(call(this.officerB, HttpMethod.POST, uri, keep), 404);
		status(call(this.leaderA, HttpMethod.POST, uri, keep), 409);
	}

	private void onlyStaffOfTheSuccessorWardImportAndItIsAudited() {
		String uri = "/citizens/imports?successorWard=" + this.wardA + "&source=HTTT-An-Ninh";
		String csv = "fullName,idNumber,dateOfBirth,gender,phone\n" + this.name + "," + idNumber() + "," + BORN
				+ ",FEMALE,0912345671\n";
		status(call(null, HttpMethod.POST, uri, csv, CSV), 401);
		for (String token : List.of(this.officerB, this.leaderB, this.ownCitizen, this.admin, this.monitor,
				TestTokens.monitor(this.wardA), this.service)) {
			forbidden(call(token, HttpMethod.POST, uri, csv, CSV));
		}
		Map<?, ?> report = read(status(call(this.leaderA, HttpMethod.POST, uri, csv, CSV), 201));
		assertThat(report.get("created")).isEqualTo(1);
		Map<?, ?> entry = audited("citizen.import", (String) report.get("importId"), this.wardA);
		assertThat(entry.get("actor")).isEqualTo("leader-" + this.wardA);
		assertThat(((Map<?, ?>) entry.get("details")).get("rows")).isEqualTo(1);
		assertThat(entry.get("details").toString()).doesNotContain("0912345671").doesNotContain("HTTT")
			.doesNotContain(this.name);
		status(call(this.officerA, HttpMethod.POST, uri, csv, CSV), 200);
		assertThat(count("select count(*) from audit_event where action = 'citizen.import' and ward_code = :v", this.wardA))
			.as("the setup's import and this one; the same file again is not audited again").isEqualTo(2);
	}

	private void importReadableByStaffOfItsWard(String path) {
		String uri = path.formatted(this.importA);
		EntityExchangeResult<String> missing = call(this.officerA, HttpMethod.GET, path.formatted(UUID.randomUUID()), null);
		status(missing, 404);
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerB, this.leaderB, this.ownCitizen, this.admin, this.monitor,
				TestTokens.monitor(this.wardA), this.service)) {
			likeMissing(call(token, HttpMethod.GET, uri, null), missing);
		}
		ok(call(this.officerA, HttpMethod.GET, uri, null));
		ok(call(this.leaderA, HttpMethod.GET, uri, null));
	}

	private void onlyAnAdminReadsTheAuditLog() {
		String uri = "/audit?ward=" + this.wardA;
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerA, this.leaderA, this.monitor, this.ownCitizen, this.service)) {
			forbidden(call(token, HttpMethod.GET, uri, null));
		}
		Map<?, ?> page = read(call(this.admin, HttpMethod.GET, uri, null));
		assertThat(ids(page, "action")).contains("citizen.import");
		assertThat(ids(page, "wardCode")).containsOnly(this.wardA);
		assertThat(ids(page, "target")).contains(this.importA);
	}

	/** The audit entry of an action on a target, as an admin reads it; its details never hold personal data. */
	private Map<?, ?> audited(String action, String target, String ward) {
		Map<?, ?> page = read(call(this.admin, HttpMethod.GET, "/audit?size=200&action=" + action + "&ward=" + ward, null));
		Map<?, ?> entry = ((List<?>) page.get("items")).stream()
			.map(Map.class::cast)
			.filter(item -> target.equals(item.get("target")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + action + " of " + target + " in " + page));
		assertThat(entry.get("wardCode")).isEqualTo(ward);
		assertThat(this.json.writeValueAsString(entry)).doesNotContain(this.idA).doesNotContain(this.idB)
			.doesNotContain(this.name);
		return entry;
	}

	private EntityExchangeResult<String> call(String token, HttpMethod method, String uri, Object body) {
		return call(token, method, uri, body, MediaType.APPLICATION_JSON);
	}

	private EntityExchangeResult<String> call(String token, HttpMethod method, String uri, Object body, MediaType type) {
		WebTestClient caller = TestTokens.anonymous(this.client);
		WebTestClient.RequestBodySpec request = caller.method(method)
			.uri(uri)
			.header("X-Forwarded-For", "198.18.1." + CLIENTS.incrementAndGet() % 250);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
		}
		if (method == HttpMethod.PATCH || uri.endsWith("/deactivation")) {
			request = request.header(HttpHeaders.IF_MATCH, "*");
		}
		WebTestClient.RequestHeadersSpec<?> ready = body == null ? request : request.contentType(type).bodyValue(body);
		return ready.exchange().expectBody(String.class).returnResult();
	}

	private static EntityExchangeResult<String> status(EntityExchangeResult<String> result, int expected) {
		assertThat(result.getStatus().value()).as(describe(result)).isEqualTo(expected);
		return result;
	}

	private static String ok(EntityExchangeResult<String> result) {
		assertThat(result.getStatus().is2xxSuccessful()).as(describe(result)).isTrue();
		return body(result);
	}

	private Map<?, ?> read(EntityExchangeResult<String> result) {
		return this.json.readValue(ok(result), Map.class);
	}

	private void forbidden(EntityExchangeResult<String> result) {
		status(result, 403);
		assertThat(body(result)).contains("urn:onestop:problem:forbidden");
		withoutPersonalData(result);
	}

	/** The same 404 as for a record that does not exist: nothing but the id in the path tells them apart. */
	private void likeMissing(EntityExchangeResult<String> result, EntityExchangeResult<String> missing) {
		status(missing, 404);
		status(result, 404);
		assertThat(comparable(result)).as(describe(result)).isEqualTo(comparable(missing));
		withoutPersonalData(result);
	}

	private String comparable(EntityExchangeResult<String> result) {
		Map<?, ?> problem = new LinkedHashMap<>(this.json.readValue(body(result), Map.class));
		problem.remove("requestId");
		problem.remove("instance");
		return this.json.writeValueAsString(problem)
			.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
	}

	private void withoutPersonalData(EntityExchangeResult<String> result) {
		assertThat(body(result)).as(describe(result)).doesNotContain(this.idA).doesNotContain(this.idB)
			.doesNotContain("Khúc").doesNotContain("0912");
	}

	private static List<Object> ids(Map<?, ?> page, String field) {
		List<Object> values = new ArrayList<>();
		((List<?>) page.get("items")).forEach(item -> values.add(((Map<?, ?>) item).get(field)));
		return values;
	}

	private static String body(EntityExchangeResult<String> result) {
		byte[] content = result.getResponseBodyContent();
		return content == null ? "" : new String(content, StandardCharsets.UTF_8);
	}

	private static String describe(EntityExchangeResult<String> result) {
		return result.getMethod() + " " + result.getUrl() + " -> " + result.getStatus() + " " + body(result);
	}

	private String ward(String name) {
		String code = WardFixtures.nextCode();
		StepVerifier.create(WardFixtures.ward(this.db, code, name)).verifyComplete();
		return code;
	}

	private static String idNumber() {
		return "001301" + String.format("%06d", ID_NUMBERS.incrementAndGet());
	}

	private String idNumberOf(String citizen) {
		return this.db.sql("select id_number from citizen where id = cast(:v as uuid)").bind("v", citizen)
			.map(row -> row.get(0, String.class)).one().block();
	}

	private static Map<String, Object> citizen(String fullName, String idNumber, String ward) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", fullName);
		body.put("idNumber", idNumber);
		body.put("dateOfBirth", BORN);
		body.put("gender", "FEMALE");
		body.put("phone", "0912345670");
		body.put("address", Map.of("line", "Số 7 ngõ Thừa", "wardCode", ward));
		body.put("preferences", Map.of("channel", "SMS", "consent", true));
		return body;
	}

	private String register(String token, String fullName, String idNumber, String ward) {
		return (String) read(status(call(token, HttpMethod.POST, "/citizens", citizen(fullName, idNumber, ward)), 201))
			.get("id");
	}

	/** Imports the citizen again under another name into their own ward: an IMPORT_CONFLICT review; the import's id. */
	private String importConflict(String token, String idNumber, String ward) {
		String csv = "fullName,idNumber,dateOfBirth,gender\n" + this.name + " Khác," + idNumber + "," + BORN + ",FEMALE\n";
		Map<?, ?> report = read(status(call(token, HttpMethod.POST,
				"/citizens/imports?successorWard=" + ward + "&source=seed", csv, CSV), 201));
		assertThat(report.get("conflicts")).isEqualTo(1);
		return (String) report.get("importId");
	}

	private String openReview(String citizen) {
		return this.db.sql("select cast(id as text) from citizen_review where citizen_id = cast(:v as uuid) "
				+ "and status = 'OPEN'").bind("v", citizen).map(row -> row.get(0, String.class)).one().block();
	}

	private static String reviewOf(Map<?, ?> page, String citizen) {
		return ((List<?>) page.get("items")).stream()
			.map(Map.class::cast)
			.filter(item -> citizen.equals(item.get("citizenId")))
			.map(item -> (String) item.get("id"))
			.findFirst()
			.orElseThrow();
	}

	private long count(String sql, String value) {
		return this.db.sql(sql).bind("v", value).map(row -> row.get(0, Long.class)).one().block();
	}

}
