package vn.onestop.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The queue's event streams bypass intake's breaker; intake down is still a 503 problem there, not a 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class GatewayEventStreamDownTest {

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		for (String service : new String[] { "intake", "citizen", "notification", "web" }) {
			registry.add("platform.services." + service + "-url", () -> "http://localhost:" + FakeServices.closedPort());
		}
	}

	@Test
	void aStreamOfAnUnreachableIntakeIsServiceUnavailable() {
		this.client.get()
			.uri("/api/v1/intake/queue/20242/events")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("Retry-After", "5")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:onestop:problem:service-unavailable");
	}

}
