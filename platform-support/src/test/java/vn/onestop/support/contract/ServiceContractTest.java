package vn.onestop.support.contract;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises the platform (the launcher, the gateway, monitoring, operators), checked
 * against the service itself started on a random port with its own (embedded) database.
 * <p>
 * A service honours it with a one-line subclass in its root test package:
 *
 * <pre>
 * &#64;SpringBootTest(webEnvironment = RANDOM_PORT)
 * &#64;AutoConfigureWebTestClient
 * class IntakeServiceContractTest extends ServiceContractTest {
 *     IntakeServiceContractTest() { super("intake"); }
 * }
 * </pre>
 *
 * Deliberately self-contained: no configuration classes or beans of its own, so it never changes the
 * application it checks.
 */
public abstract class ServiceContractTest {

	private static final String REQUEST_ID = "X-Request-Id";

	private static final int ONE_MIB = 1024 * 1024;

	private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private Environment environment;

	@Autowired
	private org.springframework.context.ApplicationContext context;

	private final String databaseName;

	private final boolean relaysEvents;

	/** @param databaseName the service's own database, which must also be its {@code platform.db.name} */
	protected ServiceContractTest(String databaseName) {
		this(databaseName, false);
	}

	/** @param relaysEvents whether the service publishes an outbox (and so must report its backlog) */
	protected ServiceContractTest(String databaseName, boolean relaysEvents) {
		this.databaseName = databaseName;
		this.relaysEvents = relaysEvents;
	}

	@Test
	void reportsItsOutboxBacklogIfItRelaysEvents() {
		String metrics = prometheus();

		if (this.relaysEvents) {
			assertThat(metrics).contains("onestop_outbox_backlog{").contains("onestop_outbox_lag_seconds{");
		}
		else {
			assertThat(metrics).doesNotContain("onestop_outbox_backlog");
		}
	}

	@Test
	void declaresItsOwnDatabase() {
		assertThat(this.environment.getProperty("platform.db.name")).isEqualTo(this.databaseName);
	}

	@Test
	void isReadyOnlyWithItsDatabase() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.r2dbc.status")
			.isEqualTo("UP");
	}

	@Test
	void isLive() {
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void usesItsOwnDatabaseAsItsOwnRole() {
		Map<String, Object> row = this.database.sql("select current_database() as db, current_user as login")
			.fetch()
			.one()
			.block(QUERY_TIMEOUT);

		assertThat(row).containsEntry("db", this.databaseName).containsEntry("login", this.databaseName);
	}

	@Test
	void hasMigratedItsDatabaseWithFlyway() {
		List<Map<String, Object>> rows = this.database
			.sql("select version, success from flyway_schema_history where version = '1'")
			.fetch()
			.all()
			.collectList()
			.block(QUERY_TIMEOUT);

		assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("success", true));
	}

	@Test
	void publishesPrometheusMetricsTaggedWithApplicationAndInstance() {
		String application = this.environment.getRequiredProperty("spring.application.name");

		String metrics = prometheus();

		assertThat(metrics).contains("application=\"" + application + "\"").containsPattern("instance=\"[^\"]+\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/info", "/actuator/metrics", "/actuator/beans",
			"/actuator/configprops", "/actuator/loggers", "/actuator/mappings", "/actuator/heapdump",
			"/actuator/threaddump", "/actuator/shutdown" })
	void exposesNoOtherActuatorEndpoint(String path) {
		// not exposed (404), and refused to everyone by the security chain anyway (403), even to an admin
		this.client.get().uri(path).exchange().expectStatus().value(status -> assertThat(status).isIn(403, 404));
	}

	@Test
	void mapsOnlyHealthAndPrometheusOverHttp() {
		assertThat(this.context.getBean(org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints.class)
			.getAllPaths()).containsExactlyInAnyOrder("/actuator/health", "/actuator/prometheus");
	}

	@Test
	void describesItsApiUnderItsGatewayPath() {
		String serverUrl = this.environment.getRequiredProperty("platform.openapi.server-url");

		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.servers[0].url")
			.isEqualTo(serverUrl);
	}

	@Test
	void answersAnUnknownPathWithANotFoundProblem() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/no-such-path-in-any-service")
			.header(REQUEST_ID, "contract-check-1")
			.exchange()
			.expectBody()
			.returnResult();

		JsonNode problem = problem(result, HttpStatus.NOT_FOUND, "not-found");
		assertThat(problem.get("requestId").asString()).isEqualTo("contract-check-1");
	}

	@Test
	void refusesABodyOverOneMebibyte() {
		byte[] body = new byte[ONE_MIB + 1];

		EntityExchangeResult<byte[]> result = this.client.post()
			.uri("/any/path")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(body.length)
			.bodyValue(body)
			.exchange()
			.expectBody()
			.returnResult();

		problem(result, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
	}

	private static JsonNode problem(EntityExchangeResult<byte[]> result, HttpStatus status, String kind) {
		String body = new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
		assertThat(result.getStatus().value()).as(body).isEqualTo(status.value());
		assertThat(result.getResponseHeaders().getContentType()).as(body).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		List<String> ids = result.getResponseHeaders().get(REQUEST_ID);
		assertThat(ids).as("X-Request-Id headers").hasSize(1);
		JsonNode problem = JsonMapper.builder().build().readTree(body);
		assertThat(problem.get("type").asString()).as(body).isEqualTo("urn:onestop:problem:" + kind);
		assertThat(problem.get("status").asInt()).isEqualTo(status.value());
		assertThat(problem.get("requestId").asString()).isEqualTo(ids.get(0));
		return problem;
	}

	private String prometheus() {
		return this.client.get()
			.uri("/actuator/prometheus")
			.accept(MediaType.TEXT_PLAIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
