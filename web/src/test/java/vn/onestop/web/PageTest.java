package vn.onestop.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

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

import static org.assertj.core.api.Assertions.assertThat;

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

	/**
	 * A page the CSP allows: scripts only from {@code /assets/}, no inline script, event handler or style, and every
	 * posted form with its CSRF field.
	 */
	protected static void assertNoInlineScript(Document page) {
		assertThat(page.select("script")).allSatisfy(script -> {
			assertThat(script.attr("src")).startsWith("/assets/");
			assertThat(script.data()).isBlank();
		});
		assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
			.filter(attribute -> attribute.getKey().startsWith("on") || attribute.getKey().startsWith("hx-on"))).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("form[method=post]")).allSatisfy(form -> assertThat(form.select("input[name=_csrf]").val())
			.as("CSRF field of " + form.attr("action")).isNotBlank());
	}

	/** A form's fields as a browser posts them ({@code application/x-www-form-urlencoded}). */
	protected static String formBody(Map<String, String> form) {
		return form.entrySet().stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	protected Document page(String path) {
		return html(this.client.get().uri(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult());
	}

}
