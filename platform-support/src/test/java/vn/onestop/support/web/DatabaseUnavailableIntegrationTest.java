package vn.onestop.support.web;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.onestop.support.db.DatabaseCredentials;
import vn.onestop.support.db.EmbeddedPostgresServer;
import vn.onestop.support.web.db.DatabaseTestApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/** What a client of a running service sees once its PostgreSQL is gone: a problem it knows to retry, never a 500. */
@SpringBootTest(classes = DatabaseTestApplication.class, webEnvironment = RANDOM_PORT,
		properties = "spring.application.name=database-unavailable-test")
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnavailableIntegrationTest {

	@TempDir
	static Path data;

	private static EmbeddedPostgresServer postgres;

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry properties) {
		postgres = EmbeddedPostgresServer.start(data, 0);
		DatabaseCredentials db = postgres.provision("notes", "notes");
		properties.add("test.db.port", postgres::port);
		properties.add("test.db.password", db::password);
	}

	private static boolean stopped;

	@AfterAll
	static void stop() {
		if (!stopped) {
			postgres.close();
		}
	}

	@Test
	void aStoppedDatabaseIsAnsweredWith503DatabaseUnavailableAndRetryAfter(CapturedOutput output) {
		this.client.get().uri("/notes/count").exchange().expectStatus().isOk();
		this.client.post().uri("/notes").exchange().expectStatus().isOk();

		postgres.close();
		stopped = true;

		for (WebTestClient.RequestHeadersSpec<?> request : java.util.List.of(this.client.get().uri("/notes/count"),
				this.client.post().uri("/notes"))) {
			WebTestClient.ResponseSpec response = request.exchange();
			response.expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			response.expectHeader().valueEquals("Retry-After", "5");
			JsonNode problem = new JsonMapper().readTree(response.expectBody(byte[].class).returnResult().getResponseBody());
			assertThat(problem.get("type").asString()).isEqualTo("urn:onestop:problem:database-unavailable");
			assertThat(problem.get("status").asInt()).isEqualTo(503);
			assertThat(problem.get("requestId").asString()).isNotBlank();
		}
		assertThat(output.getOut() + output.getErr()).contains("Database unavailable on GET /notes/count")
			.contains("Database unavailable on POST /notes")
			.doesNotContain("Unhandled error");
	}

}
