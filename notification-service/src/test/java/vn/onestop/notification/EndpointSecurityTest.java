package vn.onestop.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.channel.Channels;
import vn.onestop.notification.delivery.NotificationIntegrationTest;
import vn.onestop.notification.delivery.QueueingMessage;
import vn.onestop.support.security.test.EndpointCatalog;
import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #6 for the notification service: every endpoint it serves, called by someone not signed in, by an officer
 * of another ward, by a citizen, by the roles it must refuse and by its rightful caller. The table must name every
 * endpoint of {@link EndpointCatalog}: a new endpoint without a case fails {@link #coversEveryEndpoint()}.
 * <p>
 * Messages are ward data (officers and leaders of the message's ward only; a citizen cannot be tied to a message,
 * which keeps a phone or e-mail, not an ID number). Templates and the SMS preview are platform configuration and a
 * staff tool: any officer, leader or admin reads them, whatever the ward; only admins change templates. Receipts
 * come from the SMS provider, without a token, with the shared secret.
 */
class EndpointSecurityTest extends NotificationIntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String WARD = "26734";

	private static final String OTHER_WARD = "20242";

	private static final String CITIZEN_ID = "079203001234";

	private static final String TEMPLATE = "apology-issued-sms";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Who ANONYMOUS = new Who("anonymous", Map.of());

	private static final Who FOREIGN_OFFICER = Who.bearer("officer of ward " + OTHER_WARD, TestTokens.officer(OTHER_WARD));

	private static final Who CITIZEN = Who.bearer("citizen", TestTokens.citizen(CITIZEN_ID));

	private static final Who OFFICER = Who.bearer("officer of ward " + WARD, TestTokens.officer(WARD));

	private static final Who LEADER = Who.bearer("leader of ward " + WARD, TestTokens.leader(WARD));

	private static final Who ADMIN = Who.bearer("platform admin", TestTokens.admin());

	private static final Who MONITOR = Who.bearer("monitor", TestTokens.monitor());

	private static final Who SERVICE = Who.bearer("platform service", TestTokens.service());

	private static final Who SMS_PROVIDER_WITH_SECRET = new Who("SMS provider with the secret",
			Map.of("X-Receipt-Token", RECEIPT_TOKEN));

	private static final Who WRONG_SECRET = new Who("wrong secret", Map.of("X-Receipt-Token", RECEIPT_TOKEN + "x"));

	private static final Who OFFICER_WITHOUT_SECRET = OFFICER.named("officer of the ward, without the secret");

	@Autowired
	private WebTestClient client;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private QueueingMessage queueing;

	@Autowired
	private Channels channels;

	private String dossier;

	private UUID message;

	@BeforeEach
	void aSentMessageOfTheWard() {
		SMS_PROVIDER.resetAll();
		SMS_PROVIDER.stubFor(post(urlEqualTo("/sms")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\":\"accepted\"}")));
		this.channels.breaker(Channel.SMS).reset();
		this.dossier = "SEC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.message = queue(this.dossier, WARD);
		await("the message is sent", () -> "SENT".equals(readAs(OFFICER, "/messages/" + this.message).get("status").asString()));
	}

	private UUID queue(String dossierCode, String ward) {
		return this.queueing
			.queue(new QueueingMessage.Request(null, "DossierReceived", Channel.SMS, null, dossierCode, ward,
					"0912345670", Map.of("dossierCode", dossierCode, "wardName", "Phường Đông Hòa", "appointment",
							"16:30 08/07/2025", "procedureName", "Đăng ký khai sinh")))
			.single()
			.block(TIMEOUT)
			.id();
	}

	/** Every endpoint, who calls it, and what each caller gets. */
	private List<Case> table() {
		String event = "{\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"citizen-service\",\"eventType\":\"WardsMerged\","
				+ "\"payload\":{\"successor\":\"" + WARD + "\"}}";
		JsonNode template = readAs(ADMIN, "/templates/" + TEMPLATE);
		Map<String, Object> sameText = new LinkedHashMap<>();
		sameText.put("body", template.get("body").asString());
		sameText.put("maxSegments", template.get("maxSegments").asInt());
		Map<String, Object> preview = Map.of("values", Map.of("wardName", "Phường Đông Hòa", "dossierCode", "X-1",
				"apologyReason", "cần xác minh", "newDate", "02/03/2026"));
		return List.of(
				Case.of("GET /messages", HttpMethod.GET, "/messages?ward=" + WARD, null)
					.expect(ANONYMOUS, 401).expect(FOREIGN_OFFICER, 403).expect(CITIZEN, 403)
					.expect(ADMIN, 403).expect(MONITOR, 403).expect(SERVICE, 403)
					.expect(OFFICER, 200).expect(LEADER, 200),
				Case.of("GET /messages/{id}", HttpMethod.GET, "/messages/" + this.message, null)
					.expect(ANONYMOUS, 401).expect(FOREIGN_OFFICER, 404).expect(CITIZEN, 403)
					.expect(ADMIN, 403).expect(MONITOR, 403).expect(SERVICE, 403)
					.expect(OFFICER, 200).expect(LEADER, 200),
				Case.of("POST /receipts/{provider}", HttpMethod.POST, "/receipts/http",
						Map.of("messageId", this.message.toString(), "status", "DELIVERED"))
					.expect(ANONYMOUS, 401).expect(FOREIGN_OFFICER, 401).expect(CITIZEN, 401)
					.expect(OFFICER_WITHOUT_SECRET, 401).expect(ADMIN, 401).expect(SERVICE, 401)
					.expect(WRONG_SECRET, 401).expect(SMS_PROVIDER_WITH_SECRET, 200),
				// A staff tool without ward data: any officer, whatever the ward.
				Case.of("POST /sms/preview", HttpMethod.POST, "/sms/preview", Map.of("text", "Hồ sơ đã được tiếp nhận"))
					.expect(ANONYMOUS, 401).expect(FOREIGN_OFFICER, 200).expect(CITIZEN, 403)
					.expect(MONITOR, 403).expect(SERVICE, 403)
					.expect(OFFICER, 200).expect(LEADER, 200).expect(ADMIN, 200),
				// Templates are platform configuration, the same for every ward.
				Case.of("GET /templates", HttpMethod.GET, "/templates", null)
					.expect(ANONYMOUS, 401).expect(FOREIGN_OFFICER, 200).expect(CITIZEN, 403)
					.expect(MONITOR, 403).expect(SERVICE, 403)
					.expect(OFFICER, 200).expect(LEADER, 200).expect(ADMIN, 200),
				Case.of("GET /templates/{id}", HttpMethod.GET, "/templates/" + TEMPLATE, null)
					.expect(ANONYMOUS, 401).expect(FOREIGN_OFFICER, 200).expect(CITIZEN, 403)
					.expect(MONITOR, 403).expect(SERVICE, 403)
					.expect(OFFICER, 200).expect(LEADER, 200).expect(ADMIN, 200),
				Case.of("PUT /templates/{id}", HttpMethod.PUT, "/templates/" + TEMPLATE, sameText)
					.expect(ANONYMOUS, 401).expect(FOREIGN_OFFICER, 403).expect(CITIZEN, 403)
					.expect(OFFICER, 403).expect(LEADER, 403).expect(MONITOR, 403).expect(SERVICE, 403)
					.expect(ADMIN, 200),
				Case.of("POST /templates/{id}/preview", HttpMethod.POST, "/templates/" + TEMPLATE + "/preview", preview)
					.expect(ANONYMOUS, 401).expect(FOREIGN_OFFICER, 200).expect(CITIZEN, 403)
					.expect(MONITOR, 403).expect(SERVICE, 403)
					.expect(OFFICER, 200).expect(LEADER, 200).expect(ADMIN, 200),
				Case.of("POST /internal/events", HttpMethod.POST, "/internal/events", event)
					.expect(ANONYMOUS, 401).expect(FOREIGN_OFFICER, 403).expect(CITIZEN, 403)
					.expect(OFFICER, 403).expect(ADMIN, 403).expect(MONITOR, 403)
					.expect(SERVICE, 202),
				Case.of("GET /audit", HttpMethod.GET, "/audit", null)
					.expect(ANONYMOUS, 401).expect(FOREIGN_OFFICER, 403).expect(CITIZEN, 403)
					.expect(OFFICER, 403).expect(LEADER, 403).expect(MONITOR, 403).expect(SERVICE, 403)
					.expect(ADMIN, 200));
	}

	@Test
	void coversEveryEndpoint() {
		Set<String> covered = new TreeSet<>(table().stream().map(Case::endpoint).toList());

		assertThat(covered).isEqualTo(EndpointCatalog.of(this.context));
	}

	@TestFactory
	Stream<DynamicTest> answersEveryCallerOfEveryEndpoint() {
		return table().stream().flatMap(endpoint -> endpoint.expectations().entrySet().stream()
			.map(expected -> DynamicTest.dynamicTest(endpoint.endpoint() + " as " + expected.getKey().name(),
					() -> check(endpoint, expected.getKey(), expected.getValue()))));
	}

	@Test
	void anOfficerListsOnlyTheMessagesOfTheirOwnWards() {
		queue(this.dossier + "-OTHER", OTHER_WARD);

		JsonNode foreign = readAs(FOREIGN_OFFICER, "/messages?dossier=" + this.dossier);
		assertThat(foreign.get("total").asLong()).isZero();
		assertThat(foreign.get("items")).isEmpty();

		JsonNode everyOwnWard = readAs(FOREIGN_OFFICER, "/messages?size=100");
		assertThat(everyOwnWard.get("items").valueStream().map(item -> item.get("wardCode").asString()))
			.isNotEmpty()
			.containsOnly(OTHER_WARD);

		JsonNode own = readAs(OFFICER, "/messages?dossier=" + this.dossier);
		assertThat(own.get("total").asLong()).isEqualTo(1);
		assertThat(own.get("items").get(0).get("recipient").asString()).isEqualTo("0912****70");

		Who leaderOfBoth = Who.bearer("leader of both", TestTokens.leader(WARD, OTHER_WARD));
		assertThat(readAs(leaderOfBoth, "/messages?dossier=" + this.dossier).get("total").asLong()).isEqualTo(1);
		assertThat(readAs(leaderOfBoth, "/messages?ward=" + OTHER_WARD + "&dossier=" + this.dossier).get("total")
			.asLong()).isZero();
	}

	@Test
	void aMessageOfAnotherWardIsAnsweredExactlyLikeAMissingOne() {
		UUID missing = UUID.randomUUID();

		JsonNode foreign = problem(exchange(FOREIGN_OFFICER, HttpMethod.GET, "/messages/" + this.message, null), 404);
		JsonNode absent = problem(exchange(FOREIGN_OFFICER, HttpMethod.GET, "/messages/" + missing, null), 404);

		assertThat(withoutRequest(foreign).toString().replace(this.message.toString(), "ID"))
			.isEqualTo(withoutRequest(absent).toString().replace(missing.toString(), "ID"));
	}

	@Test
	void aTemplateChangeIsAuditedWithWhoWhatAndWhereWithoutItsText() {
		JsonNode template = readAs(ADMIN, "/templates/" + TEMPLATE);
		int before = template.get("version").asInt();

		EntityExchangeResult<byte[]> saved = anonymous().put()
			.uri("/templates/" + TEMPLATE)
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin()))
			.header("X-Forwarded-For", "203.0.113.7, 10.0.0.1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", template.get("body").asString(), "maxSegments", template.get("maxSegments").asInt()))
			.exchange()
			.expectStatus().isOk()
			.expectBody().returnResult();
		int after = JSON.readTree(saved.getResponseBodyContent()).get("version").asInt();

		JsonNode entry = readAs(ADMIN, "/audit?action=template.change&actor=admin").get("items").valueStream()
			.filter(item -> item.get("details").get("toVersion").asInt() == after)
			.findFirst()
			.orElseThrow();
		assertThat(entry.get("actor").asString()).isEqualTo("admin");
		assertThat(entry.get("roles").get(0).asString()).isEqualTo("PLATFORM_ADMIN");
		assertThat(entry.get("action").asString()).isEqualTo("template.change");
		assertThat(entry.get("target").asString()).isEqualTo(TEMPLATE);
		assertThat(entry.get("clientIp").asString()).isEqualTo("203.0.113.7");
		assertThat(entry.get("at").asString()).isNotBlank();
		assertThat(entry.get("details").get("fromVersion").asInt()).isEqualTo(before);
		assertThat(entry.get("details").toString()).doesNotContain(template.get("body").asString().substring(0, 20));
	}

	@Test
	void aRefusedTemplateChangeChangesNothingAndIsNotAudited() {
		JsonNode template = readAs(ADMIN, "/templates/" + TEMPLATE);
		long audited = readAs(ADMIN, "/audit?action=template.change&size=200").get("items").size();

		problem(exchange(LEADER, HttpMethod.PUT, "/templates/" + TEMPLATE, Map.of("body", "{{dossierCode}}")), 403);

		assertThat(readAs(ADMIN, "/templates/" + TEMPLATE).get("version").asInt())
			.isEqualTo(template.get("version").asInt());
		assertThat(readAs(ADMIN, "/audit?action=template.change&size=200").get("items").size()).isEqualTo(audited);
	}

	@Test
	void aReceiptWithoutTheSecretIsRefusedBeforeItsProviderOrBodyIsLookedAt() {
		problem(exchange(ANONYMOUS, HttpMethod.POST, "/receipts/no-such-provider",
				Map.of("messageId", "x", "status", "DELIVERED")), 401);
		problem(exchange(WRONG_SECRET, HttpMethod.POST, "/receipts/http", Map.of("status", "LOST")), 401);
		problem(exchange(SMS_PROVIDER_WITH_SECRET, HttpMethod.POST, "/receipts/http", Map.of("status", "LOST")), 400);
		assertThat(readAs(OFFICER, "/messages/" + this.message).get("status").asString()).isEqualTo("SENT");
	}

	private void check(Case endpoint, Who who, int status) {
		EntityExchangeResult<byte[]> result = exchange(who, endpoint.method(), endpoint.uri(), endpoint.body());
		String body = result.getResponseBodyContent() == null ? ""
				: new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
		assertThat(result.getStatus().value()).as("%s as %s: %s", endpoint.endpoint(), who.name(), body)
			.isEqualTo(status);
		if (status >= 400) {
			assertThat(result.getResponseHeaders().getContentType()).as(body).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(body).as("no data in a refusal").doesNotContain(this.dossier, "0912", "Dong Hoa", "Đông Hòa");
		}
	}

	private EntityExchangeResult<byte[]> exchange(Who who, HttpMethod method, String uri, Object body) {
		WebTestClient.RequestBodySpec request = anonymous().method(method).uri(uri);
		who.headers().forEach(request::header);
		WebTestClient.RequestHeadersSpec<?> ready = body == null ? request
				: request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		return ready.exchange().expectBody().returnResult();
	}

	private JsonNode readAs(Who who, String uri) {
		EntityExchangeResult<byte[]> result = exchange(who, HttpMethod.GET, uri, null);
		assertThat(result.getStatus().value()).as(uri).isEqualTo(200);
		return JSON.readTree(result.getResponseBodyContent());
	}

	private static JsonNode problem(EntityExchangeResult<byte[]> result, int status) {
		assertThat(result.getStatus().value()).isEqualTo(status);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		return JSON.readTree(result.getResponseBodyContent());
	}

	private static JsonNode withoutRequest(JsonNode problem) {
		tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) problem.deepCopy();
		copy.remove(List.of("requestId", "instance", "timestamp"));
		return copy;
	}

	private WebTestClient anonymous() {
		return TestTokens.anonymous(this.client);
	}

	/** A caller: the headers that make it who it is. */
	private record Who(String name, Map<String, String> headers) {

		static Who bearer(String name, String token) {
			return new Who(name, Map.of(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token)));
		}

		Who named(String other) {
			return new Who(other, this.headers);
		}

	}

	/** One endpoint as the catalogue names it, one request to it, and the status each caller gets. */
	private record Case(String endpoint, HttpMethod method, String uri, Object body, Map<Who, Integer> expectations) {

		static Case of(String endpoint, HttpMethod method, String uri, Object body) {
			return new Case(endpoint, method, uri, body, new LinkedHashMap<>());
		}

		Case expect(Who who, int status) {
			this.expectations.put(who, status);
			return this;
		}

	}

}
