package vn.onestop.support.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.onestop.support.web.app.PlatformWebTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * Requests that never reach a controller, sent as raw bytes: what Reactor Netty cannot decode, what Spring cannot
 * parse as a URI and what Spring Security's firewall refuses. Each gets a problem+json body with a stable type,
 * not the empty answer these layers give on their own.
 */
@SpringBootTest(classes = PlatformWebTestApplication.class, webEnvironment = RANDOM_PORT,
		properties = "spring.application.name=platform-web-test")
class UndecodableRequestProblemsTest {

	@LocalServerPort
	private int port;

	@Test
	void answersAnOverLongRequestLineWith414() throws IOException {
		RawHttp.Answer answer = RawHttp.get(this.port, "/items/" + "a".repeat(70_000), "");

		assertProblem(answer, 414, "uri-too-long");
	}

	@Test
	void answersOverLargeHeadersWith431() throws IOException {
		RawHttp.Answer answer = RawHttp.get(this.port, "/items", "X-Big: " + "b".repeat(70_000) + "\r\n");

		assertProblem(answer, 431, "headers-too-large");
	}

	@Test
	void answersARequestLineThatIsNotHttpWith400() throws IOException {
		RawHttp.Answer answer = RawHttp.send(this.port, "GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));

		assertProblem(answer, 400, "malformed-request");
	}

	@Test
	void answersAnInvalidContentLengthWith400() throws IOException {
		RawHttp.Answer answer = RawHttp.get(this.port, "/items", "Content-Length: abc\r\n");

		assertProblem(answer, 400, "malformed-request");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/items/a|b", "/items/%zz", "/items?page=%zz", "/items/a\\b", "/items/%E0%A4%A" })
	void answersAUriSpringCannotParseWith400(String target) throws IOException {
		assertProblem(RawHttp.get(this.port, target, ""), 400, "malformed-request");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/items/a%2Fb", "/items/a%00b", "/items/../items", "/items/%2e%2e/items", "/items;x=1",
			"//items", "/items/a%5Cb", "/items/a%25b" })
	void answersAPathTheFirewallRefusesWith400(String target) throws IOException {
		assertProblem(RawHttp.get(this.port, target, ""), 400, "rejected-path");
	}

	@Test
	void keepsTheClientRequestIdOnARefusedPath() throws IOException {
		RawHttp.Answer answer = RawHttp.get(this.port, "/items/a%2Fb", "X-Request-Id: fuzz-1\r\n");

		assertThat(problem(answer).get("requestId").asString()).isEqualTo("fuzz-1");
		assertThat(answer.header("X-Request-Id")).isEqualTo("fuzz-1");
	}

	@Test
	void givesTheAnswerToHeadTheProblemTypeButNoBody() throws IOException {
		RawHttp.Answer answer = RawHttp.send(this.port,
				"HEAD /items/a|b HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(answer.body()).isEmpty();
	}

	private static void assertProblem(RawHttp.Answer answer, int status, String kind) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).as(answer.toString()).isEqualTo("application/problem+json");
		JsonNode problem = problem(answer);
		assertThat(problem.get("type").asString()).isEqualTo("urn:onestop:problem:" + kind);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).isNotBlank();
		String requestId = problem.get("requestId").asString();
		assertThat(answer.header("X-Request-Id")).isEqualTo(requestId);
		if (!requestId.startsWith("fuzz-")) {
			assertThat(UUID.fromString(requestId)).isNotNull();
		}
	}

	private static JsonNode problem(RawHttp.Answer answer) {
		return JsonMapper.builder().build().readTree(answer.body());
	}

}
