package vn.onestop.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The pages on a random port, the API and the identity provider faked by one WireMock server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
public abstract class PageTest {

	protected static final FakeGateway gateway = new FakeGateway();

	@Autowired
	protected WebTestClient client;

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		gateway.register(registry);
	}


	@BeforeEach
	void resetGateway() {
		gateway.server.resetAll();
	}

	protected static Document html(EntityExchangeResult<String> result) {
		return Jsoup.parse(result.getResponseBody() == null ? "" : result.getResponseBody());
	}

	protected Document page(String path) {
		return html(this.client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult());
	}

}
