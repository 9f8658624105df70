package vn.onestop.support.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.onestop.support.web.app.PlatformWebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/** The web layer of platform-support through real HTTP: problems, request ids, body limits, access log. */
@SpringBootTest(classes = PlatformWebTestApplication.class, webEnvironment = RANDOM_PORT,
		properties = { "spring.application.name=platform-web-test", "platform.http.max-body-size=1KB" })
@AutoConfigureWebTestClient(timeout = "20s") // the first request of a context is slow on a busy machine
@ExtendWith(OutputCaptureExtension.class)
class PlatformWebIntegrationTest {

	private static final int LIMIT = 1024;

	@Autowired
	private WebTestClient client;

	@Test
	void answersMalformedJsonWithAMalformedBodyProblem() {
		JsonNode problem = problem(json("{\"name\": \"stamp\", \"quantity\": 1"), HttpStatus.BAD_REQUEST, "malformed-body");

		assertThat(problem.has("errors")).isFalse();
	}

	@Test
	void namesAJsonFieldOfTheWrongType() {
		JsonNode problem = problem(json("{\"name\": \"stamp\", \"quantity\": \"many\"}"), HttpStatus.BAD_REQUEST,
				"validation");

		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("quantity");
	}

	@Test
	void namesTheFieldThatFailsBeanValidation() {
		JsonNode problem = problem(json("{\"name\": \"  \", \"quantity\": 1}"), HttpStatus.BAD_REQUEST, "validation");

		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("name");
		assertThat(problem.at("/errors/0/message").asString()).isNotBlank();
		assertThat(problem.get("errors")).hasSize(1);
	}

	@Test
	void acceptsAValidItem() {
		json("{\"name\": \"stamp\", \"quantity\": 2}").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("stamp");
	}

	@Test
	void namesAQueryParameterOfTheWrongType() {
		JsonNode problem = problem(this.client.get().uri("/items?page=abc").exchange(), HttpStatus.BAD_REQUEST,
				"invalid-parameter");

		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("page");
		assertThat(problem.get("detail").asString()).contains("page");
	}

	@Test
	void namesAMissingQueryParameter() {
		JsonNode problem = problem(this.client.get().uri("/items").exchange(), HttpStatus.BAD_REQUEST,
				"invalid-parameter");

		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("page");
	}

	@Test
	void answersABlankPathVariableWithAnInvalidParameterProblem() {
		JsonNode problem = problem(this.client.get().uri("/items/{id}", " ").exchange(), HttpStatus.BAD_REQUEST,
				"invalid-parameter");

		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("id");
		assertThat(problem.get("detail").asString()).contains("'id'").contains("uuid");
	}

	@Test
	void refusesPlainTextSentToAJsonEndpoint() {
		problem(this.client.post().uri("/items").contentType(MediaType.TEXT_PLAIN).bodyValue("stamp").exchange(),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type");
	}

	@Test
	void refusesAMethodThePathDoesNotSupport() {
		problem(this.client.delete().uri("/items").exchange(), HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
	}

	@Test
	void answersAnUnknownPathWithNotFound() {
		JsonNode problem = problem(this.client.get().uri("/no/such/thing").exchange(), HttpStatus.NOT_FOUND, "not-found");

		assertThat(problem.get("instance").asString()).isEqualTo("/no/such/thing");
	}

	@Test
	void refusesABodyOverTheLimitAnnouncedByContentLength() {
		byte[] body = new byte[2 * LIMIT];

		problem(this.client.post()
			.uri("/echo")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(body.length)
			.bodyValue(body)
			.exchange(), HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
	}

	@Test
	void refusesAStreamedBodyOverTheLimit() {
		problem(this.client.post()
			.uri("/echo")
			.contentType(MediaType.TEXT_PLAIN)
			.body(chunks("x".repeat(300), 8), DataBuffer.class)
			.exchange(), HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
	}

	@Test
	void refusesAStreamedJsonBodyOverTheLimit() {
		Flux<DataBuffer> body = Flux.concat(chunks("{\"name\": \"", 1), chunks("y".repeat(300), 8),
				chunks("\", \"quantity\": 1}", 1));

		problem(this.client.post().uri("/items").contentType(MediaType.APPLICATION_JSON).body(body, DataBuffer.class).exchange(),
				HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
	}

	@Test
	void acceptsAStreamedBodyUnderTheLimit() {
		this.client.post()
			.uri("/echo")
			.contentType(MediaType.TEXT_PLAIN)
			.body(chunks("z".repeat(100), 5), DataBuffer.class)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("z".repeat(500));
	}

	@Test
	void acceptsABodyOfExactlyTheLimit() {
		String body = "b".repeat(LIMIT);

		this.client.post()
			.uri("/echo")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(body);
		this.client.post()
			.uri("/echo")
			.contentType(MediaType.TEXT_PLAIN)
			.body(chunks("b".repeat(LIMIT / 4), 4), DataBuffer.class)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(body);
	}

	@Test
	void refusesABodyOneByteOverTheLimit() {
		problem(this.client.post().uri("/echo").contentType(MediaType.TEXT_PLAIN).bodyValue("b".repeat(LIMIT + 1)).exchange(),
				HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
	}

	@Test
	void asksForAMissingBody() {
		problem(this.client.post().uri("/items").contentType(MediaType.APPLICATION_JSON).exchange(),
				HttpStatus.BAD_REQUEST, "malformed-body");
	}

	@Test
	void refusesAnAcceptHeaderItCannotHonour() {
		problem(this.client.get().uri("/items?page=1").accept(MediaType.APPLICATION_XML).exchange(),
				HttpStatus.NOT_ACCEPTABLE, "not-acceptable");
	}

	@Test
	void hidesTheDetailsOfAnUnexpectedError() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/boom")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
			.expectBody()
			.returnResult();
		String body = new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);

		assertThat(body).doesNotContain("secret")
			.doesNotContain("select")
			.doesNotContain("at vn.")
			.doesNotContain("IllegalStateException")
			.doesNotContain("trace");
		JsonNode problem = checkProblem(result, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error");
		assertThat(problem.get("detail").asString()).contains("request id");
	}

	@Test
	void echoesTheClientRequestIdExactlyOnce() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/no/such/thing")
			.header(RequestIds.HEADER, "client-42.a:b_c")
			.exchange()
			.expectBody()
			.returnResult();

		assertThat(result.getResponseHeaders().get(RequestIds.HEADER)).containsExactly("client-42.a:b_c");
		assertThat(checkProblem(result, HttpStatus.NOT_FOUND, "not-found").get("requestId").asString())
			.isEqualTo("client-42.a:b_c");
	}

	@Test
	void echoesTheClientRequestIdOnSuccessToo() {
		this.client.get()
			.uri("/items?page=1")
			.header(RequestIds.HEADER, "ok-1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.values(RequestIds.HEADER, values -> assertThat(values).containsExactly("ok-1"));
	}

	@Test
	void replacesAnUnsafeClientRequestId() {
		for (String unsafe : List.of("has spaces in it", "x".repeat(65), "<script>alert(1)</script>")) {
			EntityExchangeResult<byte[]> result = this.client.get()
				.uri("/no/such/thing")
				.header(RequestIds.HEADER, unsafe)
				.exchange()
				.expectBody()
				.returnResult();

			List<String> ids = result.getResponseHeaders().get(RequestIds.HEADER);
			assertThat(ids).hasSize(1);
			assertThat(ids.get(0)).isNotEqualTo(unsafe);
			assertThat(UUID.fromString(ids.get(0)).toString()).isEqualTo(ids.get(0));
			checkProblem(result, HttpStatus.NOT_FOUND, "not-found");
		}
	}

	@Test
	void generatesARequestIdWhenTheClientSentNone() {
		this.client.get()
			.uri("/items?page=1")
			.exchange()
			.expectHeader()
			.values(RequestIds.HEADER,
					values -> assertThat(values).singleElement().satisfies(id -> UUID.fromString(id)));
	}

	@Test
	void logsOneAccessLineWithTheRequestIdAndTheClientTraceId(CapturedOutput output) {
		String requestId = "log-" + UUID.randomUUID();
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

		this.client.get()
			.uri("/items?page=7&nationalId=001099012345")
			.header(RequestIds.HEADER, requestId)
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.exchange()
			.expectStatus()
			.isOk();

		String line = awaitLine(output, requestId);
		assertThat(line).contains("http.access")
			.contains("GET /items -> 200")
			.contains(traceId)
			.contains(requestId)
			.doesNotContain("001099012345");
		assertThat(output.getOut().lines().filter(l -> l.contains(requestId) && l.contains("http.access"))).hasSize(1);
	}

	@Test
	void logsTheStatusOfAFailedRequest(CapturedOutput output) {
		String requestId = "log-" + UUID.randomUUID();

		this.client.get().uri("/items?page=abc").header(RequestIds.HEADER, requestId).exchange().expectStatus().isBadRequest();

		assertThat(awaitLine(output, requestId)).contains("GET /items -> 400");
	}

	@Test
	void neverLogsAnUnsafeClientRequestId(CapturedOutput output) {
		String unsafe = "forged id " + UUID.randomUUID();

		String id = this.client.get()
			.uri("/items?page=2")
			.header(RequestIds.HEADER, unsafe)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(RequestIds.HEADER);

		assertThat(awaitLine(output, id)).contains("GET /items -> 200");
		assertThat(output.getOut()).doesNotContain(unsafe);
	}

	private static String awaitLine(CapturedOutput output, String requestId) {
		// the access line is written when the exchange completes, which may be just after the client has the answer
		String line = Flux.interval(Duration.ZERO, Duration.ofMillis(20))
			.map(tick -> output.getOut()
				.lines()
				.filter(l -> l.contains("http.access") && l.contains(requestId))
				.findFirst()
				.orElse(""))
			.filter(l -> !l.isEmpty())
			.blockFirst(Duration.ofSeconds(10));
		assertThat(line).as("access log line for %s", requestId).isNotNull();
		return line;
	}

	private WebTestClient.ResponseSpec json(String body) {
		return this.client.post().uri("/items").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private static Flux<DataBuffer> chunks(String chunk, int count) {
		byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
		return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(bytes.clone()));
	}

	private static JsonNode problem(WebTestClient.ResponseSpec response, HttpStatus status, String kind) {
		return checkProblem(response.expectBody().returnResult(), status, kind);
	}

	/** Every problem: its status, problem+json, its type and title, and the request id of the response header. */
	private static JsonNode checkProblem(EntityExchangeResult<byte[]> result, HttpStatus status, String kind) {
		String body = new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
		assertThat(result.getStatus().value()).as(body).isEqualTo(status.value());
		assertThat(result.getResponseHeaders().getContentType()).as(body).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		List<String> ids = result.getResponseHeaders().get(RequestIds.HEADER);
		assertThat(ids).as("X-Request-Id headers").hasSize(1);
		JsonNode problem = JsonMapper.builder().build().readTree(body);
		assertThat(problem.get("type").asString()).as(body).isEqualTo("urn:onestop:problem:" + kind);
		assertThat(problem.get("status").asInt()).isEqualTo(status.value());
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("instance").asString()).startsWith("/");
		assertThat(problem.get("requestId").asString()).isEqualTo(ids.get(0));
		return problem;
	}

}
