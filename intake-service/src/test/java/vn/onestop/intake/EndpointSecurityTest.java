package vn.onestop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.dossier.Requests;
import vn.onestop.intake.procedure.ProcedurePublishingTest;
import vn.onestop.intake.queue.persistence.SetupRepository;
import vn.onestop.intake.queue.persistence.TicketRepository;
import vn.onestop.intake.queue.serving.ServingFixtures;
import vn.onestop.intake.queue.QueueRequests;
import vn.onestop.support.security.test.EndpointCatalog;
import vn.onestop.support.security.test.TestTokens;

/**
 * Issue #6, line 2: every endpoint of intake called without a token, with a token of another ward, with a citizen
 * token for someone else's dossier, with the roles that may not, and by its rightful caller. Fails when intake
 * serves an endpoint this table has no case for.
 */
class EndpointSecurityTest extends IntakeContext {

	private static final String MISSING = "00000-261026-9999";

	private static final String OTHER_ID_NUMBER = "079190000001";

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SetupRepository queueSetups;

	@Autowired
	private TicketRepository queueTickets;

	private String wardA;

	private String wardB;

	private String dossierA;

	private String dossierB;

	private String officerA;

	private String officerB;

	private String leaderA;

	private String ownCitizen;

	private String otherCitizen;

	private String admin;

	private String monitor;

	@BeforeEach
	void twoWardsWithADossierEach() {
		this.wardA = freshWard();
		this.wardB = freshWard();
		this.dossierA = receive(this.wardA);
		this.dossierB = receive(this.wardB);
		this.officerA = TestTokens.officer(this.wardA);
		this.officerB = TestTokens.officer(this.wardB);
		this.leaderA = TestTokens.leader(this.wardA);
		this.ownCitizen = TestTokens.citizen(Requests.ID_NUMBER);
		this.otherCitizen = TestTokens.citizen(OTHER_ID_NUMBER);
		this.admin = TestTokens.admin();
		this.monitor = TestTokens.monitor();
	}

	private Map<String, Runnable> cases() {
		Map<String, Runnable> cases = new LinkedHashMap<>();
		cases.put("GET /procedures", () -> ok(call(null, HttpMethod.GET, "/procedures", null)));
		cases.put("GET /procedures/{code}",
				() -> ok(call(null, HttpMethod.GET, "/procedures/HT-XAC-NHAN-HON-NHAN", null)));
		cases.put("POST /procedures/{code}/versions", this::onlyAnAdminPublishesAProcedure);
		cases.put("GET /procedures/{code}/versions", () -> ok(call(null, HttpMethod.GET, "/procedures/HT-KHAI-SINH/versions", null)));
		cases.put("GET /calendar/due-time", () -> ok(call(null, HttpMethod.GET,
				"/calendar/due-time?receivedAt=2026-10-26T09:30&amount=3&unit=WORKING_DAYS", null)));
		cases.put("GET /calendar/{year}", () -> ok(call(null, HttpMethod.GET, "/calendar/2026", null)));
		cases.put("PUT /calendar/{year}", this::onlyAnAdminReplacesACalendar);
		cases.put("POST /calendar/{year}/preview", this::onlyAnAdminPreviewsACalendar);
		cases.put("POST /dossiers", this::onlyStaffOfTheWardReceive);
		cases.put("GET /dossiers/{code}", () -> readableByStaffOfItsWardAndItsSubmitter("/dossiers/%s"));
		cases.put("GET /dossiers/{code}/receipt", () -> readableByStaffOfItsWardAndItsSubmitter("/dossiers/%s/receipt"));
		cases.put("GET /dossiers/{code}/history", () -> readableByStaffOfItsWardAndItsSubmitter("/dossiers/%s/history"));
		cases.put("POST /dossiers/{code}/actions/{action}", this::onlyStaffOfItsWardActAndOnlyItsLeaderApproves);
		cases.put("PUT /dossiers/{code}/submitter", this::onlyStaffOfItsWardCorrectTheSubmitter);
		cases.put("POST /dossiers/{code}/approval-requests", this::onlyStaffOfItsWardAskAndOnlyItsLeaderDecides);
		cases.put("GET /my-dossiers", this::aCitizenListsOnlyTheDossiersTheySubmitted);
		cases.put("GET /approval-requests", this::onlyStaffOfTheirWardsSeeTheApprovalsWaiting);
		cases.put("POST /approval-requests/{id}/approval", this::onlyStaffOfItsWardAskAndOnlyItsLeaderDecides);
		cases.put("POST /approval-requests/{id}/refusal", this::onlyStaffOfItsWardAskAndOnlyItsLeaderDecides);
		cases.put("GET /dossiers", this::listsOnlyTheCallersWards);
		cases.put("GET /statistics", this::statisticsForTheWardsLeaderAndMonitorsOnlyNeverMixingWards);
		cases.put("POST /lookup", this::anyoneLooksUpWithCodeAndPhone);
		cases.put("POST /dossiers/{code}/rating", this::anyoneRatesWithCodeAndPhone);
		cases.put("GET /audit", this::onlyAnAdminReadsTheAuditLogWhichRecordsWhoWhatAndFromWhere);
		cases.put("POST /internal/events", this::onlyThePlatformsServicesDeliverEvents);
		queueCases(cases);
		cases.put("POST /queue/{ward}/counters/{counter}/call", this::onlyStaffOfTheWardCallTheNextTicket);
		cases.put("POST /queue/{ward}/tickets/{number}/actions/{action}",
				this::staffOfTheWardActOnItsTicketsAndACitizenCancelsTheirOwn);
		cases.put("GET /queue/{ward}/events", this::anyoneFollowsAWardsQueue);
		cases.put("GET /queue/{ward}/counters/{counter}/events", this::onlyStaffOfTheWardFollowACounter);
		return cases;
	}

	/** The walk-in queue (issue 16): a ward's own staff and ticket machine, citizens for themselves, a public board. */
	private void queueCases(Map<String, Runnable> cases) {
		cases.put("GET /queue/{ward}/setup", this::theWardsStaffAndKioskAndAdminsReadTheQueueSetup);
		cases.put("PUT /queue/{ward}/setup", this::onlyTheWardsLeaderOrAnAdminSetsUpTheQueue);
		cases.put("POST /queue/{ward}/tickets", this::theWardsStaffAndKioskAndCitizensTakeTickets);
		cases.put("GET /queue/{ward}/tickets", this::onlyTheWardsStaffListItsTickets);
		cases.put("GET /queue/{ward}/tickets/mine", this::aCitizenSeesOnlyTheTicketsTheyTook);
		cases.put("GET /queue/{ward}/tickets/{number}", this::aTicketIsReadByTheWardsStaffOnlyAndLikeAMissingOneElse);
		cases.put("GET /queue/{ward}/board", this::anyoneReadsTheBoardWhichHasNoPersonalData);
		cases.put("GET /queue/{ward}/statistics", this::theQueueStatisticsAreForTheWardsStaffAndMonitors);
	}

	@Test
	void everyEndpointHasACase() {
		assertThat(cases().keySet()).containsExactlyInAnyOrderElementsOf(EndpointCatalog.of(this.context));
	}

	@TestFactory
	Stream<DynamicTest> everyEndpoint() {
		return cases().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), entry.getValue()::run));
	}

	private void onlyAnAdminReplacesACalendar() {
		String year = calendar2027();
		status(call(null, HttpMethod.PUT, "/calendar/2027", year), 401);
		for (String token : List.of(this.officerA, this.leaderA, this.monitor, this.ownCitizen,
				TestTokens.service())) {
			forbidden(call(token, HttpMethod.PUT, "/calendar/2027", year));
		}
		ok(call(this.admin, HttpMethod.PUT, "/calendar/2027", year));
	}

	private void onlyAnAdminPreviewsACalendar() {
		String year = calendar2027();
		status(call(null, HttpMethod.POST, "/calendar/2027/preview", year), 401);
		for (String token : List.of(this.officerA, this.leaderA, this.monitor, this.ownCitizen, TestTokens.service())) {
			forbidden(call(token, HttpMethod.POST, "/calendar/2027/preview", year));
		}
		ok(call(this.admin, HttpMethod.POST, "/calendar/2027/preview", year));
	}

	private void onlyAnAdminPublishesAProcedure() {
		String uri = "/procedures/TEST-SEC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "/versions";
		String body = ProcedurePublishingTest.version("2026-12-01", "Thủ tục thử nghiệm", true);
		status(call(null, HttpMethod.POST, uri, body), 401);
		for (String token : List.of(this.officerA, this.leaderA, this.monitor, this.ownCitizen,
				TestTokens.service())) {
			forbidden(call(token, HttpMethod.POST, uri, body));
		}
		status(call(this.admin, HttpMethod.POST, uri, body), 201);
	}

	private void onlyStaffOfTheWardReceive() {
		String body = Requests.maritalStatus(this.wardA, "IN_PERSON");
		status(call(null, HttpMethod.POST, "/dossiers", body), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), this.ownCitizen, this.admin,
				this.monitor, TestTokens.service())) {
			forbidden(call(token, HttpMethod.POST, "/dossiers", body));
		}
		status(call(this.officerA, HttpMethod.POST, "/dossiers", body), 201);
		status(call(this.leaderA, HttpMethod.POST, "/dossiers", body), 201);
	}

	private void readableByStaffOfItsWardAndItsSubmitter(String path) {
		String uri = path.formatted(this.dossierA);
		EntityExchangeResult<String> missing = call(this.officerA, HttpMethod.GET, path.formatted(MISSING), null);
		status(missing, 404);
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), this.otherCitizen, this.admin,
				this.monitor, TestTokens.service())) {
			likeMissing(call(token, HttpMethod.GET, uri, null), missing);
		}
		for (String token : List.of(this.officerA, this.leaderA, this.ownCitizen)) {
			ok(call(token, HttpMethod.GET, uri, null));
		}
	}

	private void onlyStaffOfItsWardActAndOnlyItsLeaderApproves() {
		String uri = "/dossiers/" + this.dossierA + "/actions/request-supplement";
		String body = "{\"missingItems\":[\"Tờ khai\"]}";
		EntityExchangeResult<String> missing = call(this.officerA, HttpMethod.POST,
				"/dossiers/" + MISSING + "/actions/request-supplement", body);
		status(missing, 404);
		status(call(null, HttpMethod.POST, uri, body), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), this.ownCitizen, this.otherCitizen,
				this.admin, this.monitor, TestTokens.service())) {
			likeMissing(call(token, HttpMethod.POST, uri, body), missing);
		}
		forbidden(call(this.officerA, HttpMethod.POST, uri, "{\"missingItems\":[\"Tờ khai\"],\"approvedByLeader\":true}"));
		ok(call(this.officerA, HttpMethod.POST, uri, body));
		ok(call(this.officerA, HttpMethod.POST, "/dossiers/" + this.dossierA + "/actions/supplement-received", "{}"));
		status(call(this.officerA, HttpMethod.POST, uri, body), 409);
		ok(call(this.leaderA, HttpMethod.POST, uri, body));
	}

	/** Asked by an officer of the ward after a first supplement request; approved by its leader only. */
	private void onlyStaffOfItsWardAskAndOnlyItsLeaderDecides() {
		String body = "{\"action\":\"request-supplement\",\"missingItems\":[\"Bản sao giấy khai sinh\"]}";
		String dossier = receive(this.wardA);
		ok(call(this.officerA, HttpMethod.POST, "/dossiers/" + dossier + "/actions/request-supplement",
				"{\"missingItems\":[\"Tờ khai\"]}"));
		ok(call(this.officerA, HttpMethod.POST, "/dossiers/" + dossier + "/actions/supplement-received", "{}"));
		String uri = "/dossiers/" + dossier + "/approval-requests";
		EntityExchangeResult<String> missing = call(this.officerA, HttpMethod.POST,
				"/dossiers/" + MISSING + "/approval-requests", body);
		status(missing, 404);
		status(call(null, HttpMethod.POST, uri, body), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), this.ownCitizen, this.admin,
				this.monitor, TestTokens.service())) {
			likeMissing(call(token, HttpMethod.POST, uri, body), missing);
		}
		String id = (String) read(status(call(this.officerA, HttpMethod.POST, uri, body), 201)).get("id");
		String approval = "/approval-requests/" + id + "/approval";
		status(call(null, HttpMethod.POST, approval, "{}"), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), this.ownCitizen, this.admin,
				this.monitor, TestTokens.service())) {
			status(call(token, HttpMethod.POST, approval, "{}"), 404);
			status(call(token, HttpMethod.POST, "/approval-requests/" + id + "/refusal", "{\"reason\":\"Không\"}"), 404);
		}
		forbidden(call(this.officerA, HttpMethod.POST, approval, "{}"));
		forbidden(call(this.officerA, HttpMethod.POST, "/approval-requests/" + id + "/refusal", "{\"reason\":\"Không\"}"));
		ok(call(this.leaderA, HttpMethod.POST, approval, "{}"));
		status(call(this.leaderA, HttpMethod.POST, "/approval-requests/" + id + "/refusal", "{\"reason\":\"Không\"}"), 409);
	}

	private void aCitizenListsOnlyTheDossiersTheySubmitted() {
		status(call(null, HttpMethod.GET, "/my-dossiers", null), 401);
		for (String token : List.of(this.officerA, this.leaderA, this.admin, this.monitor, TestTokens.service())) {
			forbidden(call(token, HttpMethod.GET, "/my-dossiers", null));
		}
		assertThat(ok(call(this.ownCitizen, HttpMethod.GET, "/my-dossiers", null))).contains(this.dossierA, this.dossierB);
		assertThat(ok(call(this.otherCitizen, HttpMethod.GET, "/my-dossiers", null))).doesNotContain(this.dossierA)
			.doesNotContain(this.dossierB);
	}

	private void onlyStaffOfTheirWardsSeeTheApprovalsWaiting() {
		status(call(null, HttpMethod.GET, "/approval-requests", null), 401);
		for (String token : List.of(this.ownCitizen, this.admin, this.monitor, TestTokens.service())) {
			forbidden(call(token, HttpMethod.GET, "/approval-requests", null));
		}
		forbidden(call(this.officerB, HttpMethod.GET, "/approval-requests?ward=" + this.wardA, null));
		ok(call(this.officerA, HttpMethod.GET, "/approval-requests?ward=" + this.wardA, null));
		ok(call(this.leaderA, HttpMethod.GET, "/approval-requests", null));
	}

	private void onlyStaffOfItsWardCorrectTheSubmitter() {
		String uri = "/dossiers/" + this.dossierA + "/submitter";
		String body = """
				{"fullName":"Nguyễn Văn An","idNumber":"%s","dateOfBirth":"1987-03-02","phone":"0912345678",
				 "address":{"line":"12 Lê Lợi","wardCode":"%s"}}""".formatted(Requests.ID_NUMBER, this.wardA);
		EntityExchangeResult<String> missing = call(this.officerA, HttpMethod.PUT, "/dossiers/" + MISSING + "/submitter",
				body);
		status(missing, 404);
		status(call(null, HttpMethod.PUT, uri, body), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), this.ownCitizen, this.otherCitizen,
				this.admin, this.monitor, TestTokens.service())) {
			likeMissing(call(token, HttpMethod.PUT, uri, body), missing);
		}
		// its dossier is linked to its citizen already: the record is corrected in citizen-service instead
		status(call(this.officerA, HttpMethod.PUT, uri, body), 409);
		status(call(this.leaderA, HttpMethod.PUT, uri, body), 409);
	}

	private void listsOnlyTheCallersWards() {
		status(call(null, HttpMethod.GET, "/dossiers", null), 401);
		forbidden(call(this.officerA, HttpMethod.GET, "/dossiers?ward=" + this.wardB, null));
		for (String token : List.of(this.ownCitizen, this.admin, this.monitor, TestTokens.service())) {
			forbidden(call(token, HttpMethod.GET, "/dossiers", null));
			forbidden(call(token, HttpMethod.GET, "/dossiers?ward=" + this.wardA, null));
		}
		String all = ok(call(this.officerA, HttpMethod.GET, "/dossiers?size=100", null));
		assertThat(all).contains(this.dossierA).doesNotContain(this.dossierB);
		assertThat(wardsOf(all)).containsOnly(this.wardA);
		String one = ok(call(this.leaderA, HttpMethod.GET, "/dossiers?ward=" + this.wardA + "&nearDue=false", null));
		assertThat(one).contains(this.dossierA).doesNotContain(this.dossierB);
		String two = ok(call(TestTokens.officer(this.wardA, this.wardB), HttpMethod.GET, "/dossiers?size=100", null));
		assertThat(two).contains(this.dossierA).contains(this.dossierB);
	}

	private void statisticsForTheWardsLeaderAndMonitorsOnlyNeverMixingWards() {
		String uri = "/statistics?ward=" + this.wardA + "&from=2026-10-01&to=2026-10-31";
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerA, TestTokens.leader(this.wardB), TestTokens.monitor(this.wardB),
				this.ownCitizen, this.admin, TestTokens.service())) {
			forbidden(call(token, HttpMethod.GET, uri, null));
		}
		for (String token : List.of(this.leaderA, this.monitor, TestTokens.monitor(this.wardA))) {
			String statistics = ok(call(token, HttpMethod.GET, uri, null));
			Map<?, ?> read = this.json.readValue(statistics, Map.class);
			assertThat(read.get("ward")).isEqualTo(this.wardA);
			assertThat(((Number) ((Map<?, ?>) read.get("received")).get("total")).longValue())
				.isEqualTo(count("select count(*) from dossier where ward_code = :w", this.wardA));
		}
	}

	private void anyoneLooksUpWithCodeAndPhone() {
		String body = "{\"code\":\"" + this.dossierA + "\",\"phoneLast4\":\"5678\"}";
		for (String token : new String[] { null, this.officerB, this.otherCitizen }) {
			ok(call(token, HttpMethod.POST, "/lookup", body));
		}
		status(call(null, HttpMethod.POST, "/lookup", "{\"code\":\"" + this.dossierA + "\",\"phoneLast4\":\"0000\"}"),
				404);
	}

	private void anyoneRatesWithCodeAndPhone() {
		String returned = receive(this.wardA);
		for (String action : List.of("transfer", "result-ready", "return")) {
			ok(call(this.officerA, HttpMethod.POST, "/dossiers/" + returned + "/actions/" + action, "{}"));
		}
		String uri = "/dossiers/" + returned + "/rating";
		status(call(null, HttpMethod.POST, uri, "{\"rating\":\"SATISFIED\",\"phoneLast4\":\"0000\"}"), 404);
		status(call(null, HttpMethod.POST, uri, "{\"rating\":\"SATISFIED\",\"phoneLast4\":\"5678\"}"), 201);
	}

	private void onlyAnAdminReadsTheAuditLogWhichRecordsWhoWhatAndFromWhere() {
		WebTestClient.ResponseSpec put = as(this.admin).put().uri("/calendar/2027")
			.header("X-Forwarded-For", "203.0.113.77, 10.0.0.1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(calendar2027())
			.exchange();
		put.expectStatus().isOk();
		String uri = "/audit?action=calendar.replace&actor=admin&size=5";
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerA, this.leaderA, this.monitor, this.ownCitizen, TestTokens.service())) {
			forbidden(call(token, HttpMethod.GET, uri, null));
		}
		Map<?, ?> page = this.json.readValue(ok(call(this.admin, HttpMethod.GET, uri, null)), Map.class);
		Map<?, ?> latest = (Map<?, ?>) ((List<?>) page.get("items")).get(0);
		assertThat(latest.get("actor")).isEqualTo("admin");
		assertThat(latest.get("roles")).isEqualTo(List.of("PLATFORM_ADMIN"));
		assertThat(latest.get("action")).isEqualTo("calendar.replace");
		assertThat(latest.get("target")).isEqualTo("2027");
		assertThat(latest.get("clientIp")).isEqualTo("203.0.113.77");
		assertThat(latest.get("at")).isNotNull();
	}

	private void onlyThePlatformsServicesDeliverEvents() {
		String event = "{\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"citizen-service\",\"eventType\":"
				+ "\"CitizenRegistered\",\"occurredAt\":\"2026-10-26T02:30:00Z\",\"payload\":{\"id\":\"x\"}}";
		status(call(null, HttpMethod.POST, "/internal/events", event), 401);
		for (String token : List.of(this.officerA, this.leaderA, this.admin, this.monitor, this.ownCitizen)) {
			forbidden(call(token, HttpMethod.POST, "/internal/events", event));
		}
		status(call(TestTokens.service(), HttpMethod.POST, "/internal/events", event), 202);
	}

	private void onlyStaffOfTheWardCallTheNextTicket() {
		String ward = queueWard();
		ServingFixtures.take(this.queueTickets, ward, "A001", "HO_TICH", null, this.clock.instant(), null, 0, null);
		String uri = "/queue/" + ward + "/counters/1/call";
		status(call(null, HttpMethod.POST, uri, null), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), this.ownCitizen, this.admin,
				this.monitor, TestTokens.service(), QueueRequests.kiosk(ward))) {
			forbidden(call(token, HttpMethod.POST, uri, null));
		}
		assertThat(read(status(call(TestTokens.officer(ward), HttpMethod.POST, uri, null), 200)).get("number"))
			.isEqualTo("A001");
		status(call(TestTokens.leader(ward), HttpMethod.POST, "/queue/" + ward + "/counters/2/call", null), 204);
	}

	/** Another ward's ticket, or someone else's, answers like a missing one; a citizen only cancels their own. */
	private void staffOfTheWardActOnItsTicketsAndACitizenCancelsTheirOwn() {
		String ward = queueWard();
		ServingFixtures.take(this.queueTickets, ward, "A001", "HO_TICH", null, this.clock.instant(), "0901234567", 3,
				Requests.ID_NUMBER);
		ServingFixtures.take(this.queueTickets, ward, "A002", "HO_TICH", null, this.clock.instant(), null, 0, null);
		String tickets = "/queue/" + ward + "/tickets/";
		String uri = tickets + "A001/actions/cancel";
		EntityExchangeResult<String> missing = call(TestTokens.officer(ward), HttpMethod.POST,
				tickets + "A999/actions/cancel", null);
		status(missing, 404);
		status(call(null, HttpMethod.POST, uri, null), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), this.otherCitizen, this.admin,
				this.monitor, TestTokens.service(), QueueRequests.kiosk(ward))) {
			likeMissing(call(token, HttpMethod.POST, uri, null), missing);
		}
		forbidden(call(this.ownCitizen, HttpMethod.POST, tickets + "A001/actions/transfer", "{\"field\":\"DAT_DAI\"}"));
		assertThat(ok(call(this.ownCitizen, HttpMethod.POST, uri, null))).contains("CANCELLED")
			.doesNotContain("0901234567").doesNotContain(Requests.ID_NUMBER);
		ok(call(TestTokens.officer(ward), HttpMethod.POST, tickets + "A002/actions/transfer", "{\"field\":\"DAT_DAI\"}"));
		ok(call(TestTokens.leader(ward), HttpMethod.POST, tickets + "A002/actions/cancel", null));
	}

	/** A ward of its own with the serving tests' center. */
	private String queueWard() {
		String ward = freshWard();
		this.queueSetups.save(ward, "Phường A", ServingFixtures.center(), "leader", this.clock.instant()).block();
		return ward;
	}

	private String queueOf(String ward) {
		status(call(TestTokens.leader(ward), HttpMethod.PUT, "/queue/" + ward + "/setup", QueueRequests.setup(100)),
				200);
		return "/queue/" + ward;
	}

	private void theWardsStaffAndKioskAndAdminsReadTheQueueSetup() {
		String uri = queueOf(this.wardA) + "/setup";
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), QueueRequests.kiosk(this.wardB),
				this.ownCitizen, this.monitor, TestTokens.service())) {
			forbidden(call(token, HttpMethod.GET, uri, null));
		}
		for (String token : List.of(this.officerA, this.leaderA, QueueRequests.kiosk(this.wardA), this.admin)) {
			assertThat(ok(call(token, HttpMethod.GET, uri, null))).contains("HO_TICH");
		}
	}

	private void onlyTheWardsLeaderOrAnAdminSetsUpTheQueue() {
		String uri = "/queue/" + this.wardA + "/setup";
		String body = QueueRequests.setup(100);
		status(call(null, HttpMethod.PUT, uri, body), 401);
		for (String token : List.of(this.officerA, QueueRequests.kiosk(this.wardA), this.officerB,
				TestTokens.leader(this.wardB), this.ownCitizen, this.monitor, TestTokens.service())) {
			forbidden(call(token, HttpMethod.PUT, uri, body));
		}
		ok(call(this.leaderA, HttpMethod.PUT, uri, body));
		ok(call(this.admin, HttpMethod.PUT, uri, body));
	}

	private void theWardsStaffAndKioskAndCitizensTakeTickets() {
		String uri = queueOf(this.wardA) + "/tickets";
		String body = QueueRequests.take("HO_TICH");
		status(call(null, HttpMethod.POST, uri, body), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), QueueRequests.kiosk(this.wardB),
				this.admin, this.monitor, TestTokens.service())) {
			forbidden(call(token, HttpMethod.POST, uri, body));
		}
		for (String token : List.of(this.officerA, this.leaderA, QueueRequests.kiosk(this.wardA))) {
			status(call(token, HttpMethod.POST, uri, body), 201);
		}
		status(call(this.ownCitizen, HttpMethod.POST, uri, QueueRequests.take("DAT_DAI")), 201);
	}

	private void onlyTheWardsStaffListItsTickets() {
		String uri = queueOf(this.wardA) + "/tickets";
		status(call(this.officerA, HttpMethod.POST, uri, QueueRequests.take("HO_TICH")), 201);
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), QueueRequests.kiosk(this.wardA),
				this.ownCitizen, this.admin, this.monitor, TestTokens.service())) {
			forbidden(call(token, HttpMethod.GET, uri + "?status=WAITING", null));
		}
		for (String token : List.of(this.officerA, this.leaderA)) {
			assertThat(ok(call(token, HttpMethod.GET, uri + "?status=WAITING", null))).contains("A001");
		}
	}

	private void aCitizenSeesOnlyTheTicketsTheyTook() {
		String tickets = queueOf(this.wardA) + "/tickets";
		String own = (String) read(status(call(this.ownCitizen, HttpMethod.POST, tickets, QueueRequests.take("HO_TICH")),
				201)).get("number");
		String officers = (String) read(status(call(this.officerA, HttpMethod.POST, tickets,
				QueueRequests.take("HO_TICH")), 201)).get("number");
		String uri = tickets + "/mine";
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerA, this.leaderA, QueueRequests.kiosk(this.wardA), this.admin,
				this.monitor, TestTokens.service())) {
			forbidden(call(token, HttpMethod.GET, uri, null));
		}
		assertThat(ok(call(this.ownCitizen, HttpMethod.GET, uri, null))).contains(own).doesNotContain(officers)
			.doesNotContain(Requests.ID_NUMBER);
		assertThat(ok(call(this.otherCitizen, HttpMethod.GET, uri, null))).doesNotContain(own);
	}

	private void aTicketIsReadByTheWardsStaffOnlyAndLikeAMissingOneElse() {
		String tickets = queueOf(this.wardA) + "/tickets";
		String number = (String) read(status(call(this.otherCitizen, HttpMethod.POST, tickets,
				"{\"field\":\"HO_TICH\",\"phone\":\"" + Requests.PHONE + "\",\"smsConsent\":true}"), 201)).get("number");
		EntityExchangeResult<String> missing = call(this.officerA, HttpMethod.GET, tickets + "/A999", null);
		status(missing, 404);
		status(call(null, HttpMethod.GET, tickets + "/" + number, null), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), QueueRequests.kiosk(this.wardA),
				this.ownCitizen, this.otherCitizen, this.admin, this.monitor, TestTokens.service())) {
			likeMissing(call(token, HttpMethod.GET, tickets + "/" + number, null), missing);
		}
		for (String token : List.of(this.officerA, this.leaderA)) {
			String ticket = ok(call(token, HttpMethod.GET, tickets + "/" + number, null));
			assertThat(ticket).contains("\"history\"", "\"viaSms\":true").doesNotContain(Requests.PHONE)
				.doesNotContain(Requests.ID_NUMBER);
		}
	}

	private void anyoneReadsTheBoardWhichHasNoPersonalData() {
		String queue = queueOf(this.wardA);
		status(call(TestTokens.citizen("079190000002"), HttpMethod.POST, queue + "/tickets",
				"{\"field\":\"HO_TICH\",\"phone\":\"" + Requests.PHONE + "\",\"smsConsent\":true}"), 201);
		for (String token : new String[] { null, this.officerB, this.otherCitizen, QueueRequests.kiosk(this.wardA) }) {
			String board = ok(call(token, HttpMethod.GET, queue + "/board", null));
			assertThat(board).contains("\"waiting\":[{").doesNotContain(Requests.PHONE).doesNotContain("079190000002")
				.doesNotContain("citizen-");
		}
	}

	private void theQueueStatisticsAreForTheWardsStaffAndMonitors() {
		String uri = queueOf(this.wardA) + "/statistics";
		status(call(null, HttpMethod.GET, uri, null), 401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), TestTokens.monitor(this.wardB),
				QueueRequests.kiosk(this.wardA), this.ownCitizen, this.admin, TestTokens.service())) {
			forbidden(call(token, HttpMethod.GET, uri, null));
		}
		for (String token : List.of(this.officerA, this.leaderA, this.monitor, TestTokens.monitor(this.wardA))) {
			assertThat(ok(call(token, HttpMethod.GET, uri, null))).contains("\"issued\"");
		}
	}

	private void anyoneFollowsAWardsQueue() {
		for (String token : Arrays.asList(null, this.officerB, this.ownCitizen, this.admin)) {
			assertThat(stream(token, "/queue/" + this.wardA + "/events")).isEqualTo(200);
		}
		assertThat(stream(null, "/queue/2024x/events")).isEqualTo(400);
	}

	private void onlyStaffOfTheWardFollowACounter() {
		String uri = "/queue/" + this.wardA + "/counters/3/events";
		assertThat(stream(null, uri)).isEqualTo(401);
		for (String token : List.of(this.officerB, TestTokens.leader(this.wardB), this.ownCitizen, this.admin,
				this.monitor, TestTokens.service())) {
			assertThat(stream(token, uri)).isEqualTo(403);
		}
		assertThat(stream(this.officerA, uri)).isEqualTo(200);
		assertThat(stream(this.leaderA, uri)).isEqualTo(200);
		assertThat(stream(this.officerA, "/queue/" + this.wardA + "/counters/100/events")).isEqualTo(400);
		assertThat(stream(this.officerA, "/queue/2024/counters/3/events")).isEqualTo(400);
	}

	/** The status of an event stream; a stream that opened must deliver its first event, then it is closed. */
	private int stream(String token, String uri) {
		WebTestClient caller = token == null ? anonymous() : as(token);
		FluxExchangeResult<String> result = caller.get()
			.uri(uri)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.returnResult(String.class);
		int status = result.getStatus().value();
		if (status == 200) {
			assertThat(result.getResponseBody().blockFirst(Duration.ofSeconds(10))).as(uri).contains(this.wardA);
		}
		return status;
	}

	private EntityExchangeResult<String> call(String token, HttpMethod method, String uri, String body) {
		WebTestClient caller = token == null ? anonymous() : as(token);
		WebTestClient.RequestBodySpec request = caller.method(method)
			.uri(uri)
			.header("X-Forwarded-For", "198.18.0." + CLIENTS.incrementAndGet() % 250);
		WebTestClient.RequestHeadersSpec<?> ready = body == null ? request
				: request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
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
		return this.json.readValue(body(result), Map.class);
	}

	private static void forbidden(EntityExchangeResult<String> result) {
		status(result, 403);
		assertThat(body(result)).contains("urn:onestop:problem:forbidden");
		withoutPersonalData(result);
	}

	/** The same 404 as for a dossier that does not exist: nothing tells them apart. */
	private void likeMissing(EntityExchangeResult<String> result, EntityExchangeResult<String> missing) {
		status(result, 404);
		assertThat(comparable(result)).as(describe(result)).isEqualTo(comparable(missing));
		withoutPersonalData(result);
	}

	private Map<?, ?> comparable(EntityExchangeResult<String> result) {
		Map<?, ?> problem = new LinkedHashMap<>(this.json.readValue(body(result), Map.class));
		problem.remove("requestId");
		problem.remove("instance");
		return problem;
	}

	private static void withoutPersonalData(EntityExchangeResult<String> result) {
		assertThat(body(result)).as(describe(result)).doesNotContain(Requests.ID_NUMBER).doesNotContain(Requests.PHONE)
			.doesNotContain("Nguyễn").doesNotContain("receivedAt").doesNotContain("appointmentAt");
	}

	private List<Object> wardsOf(String page) {
		List<Object> wards = new ArrayList<>();
		((List<?>) this.json.readValue(page, Map.class).get("items")).forEach(item -> wards.add(((Map<?, ?>) item).get("wardCode")));
		return wards;
	}

	private static String body(EntityExchangeResult<String> result) {
		byte[] content = result.getResponseBodyContent();
		return content == null ? "" : new String(content, StandardCharsets.UTF_8);
	}

	private static String describe(EntityExchangeResult<String> result) {
		return result.getMethod() + " " + result.getUrl() + " -> " + result.getStatus() + " " + body(result);
	}

	private String receive(String ward) {
		String created = this.client.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON")).exchange()
			.expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
		return (String) this.json.readValue(created, Map.class).get("code");
	}

	private long count(String sql, String ward) {
		return this.db.sql(sql).bind("w", ward).map(row -> row.get(0, Long.class)).one().block();
	}

	/** Year 2027 as GET shows it, as a PUT body: replacing it changes nothing. */
	@SuppressWarnings("unchecked")
	private String calendar2027() {
		String source = this.db.sql("select source from calendar_year where year = 2027")
			.map(row -> row.get("source", String.class)).one().block();
		Map<String, Object> year = this.json.readValue(body(call(null, HttpMethod.GET, "/calendar/2027", null)), Map.class);
		List<Map<String, Object>> days = new ArrayList<>();
		((List<Map<String, Object>>) year.get("holidays"))
			.forEach(day -> days.add(Map.of("date", day.get("date"), "kind", "HOLIDAY", "name", day.get("name"))));
		((List<Map<String, Object>>) year.get("makeupWorkdays"))
			.forEach(day -> days.add(Map.of("date", day.get("date"), "kind", "MAKEUP_WORKDAY", "name", day.get("name"))));
		return this.json.writeValueAsString(Map.of("provisional", year.get("provisional"), "source", source, "days", days));
	}

}
