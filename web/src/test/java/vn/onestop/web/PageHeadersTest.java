package vn.onestop.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class PageHeadersTest extends PageTest {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/procedures", "/lookup", "/login" })
	void everyPageForbidsInlineScriptAndLoadsScriptsFromItsOwnOriginOnly(String path) {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures")).willReturn(okJson("{\"items\":[],\"totalItems\":0}")));

		EntityExchangeResult<String> answer = this.client.get().uri(path).exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class).returnResult();

		String policy = answer.getResponseHeaders().getFirst("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self'").contains("default-src 'self'").contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		Document page = html(answer);
		assertThat(page.select("html").attr("lang")).isEqualTo("vi");
		assertThat(page.select("script")).isNotEmpty().allSatisfy(script -> {
			assertThat(script.attr("src")).startsWith("/assets/");
			assertThat(script.data()).isBlank();
		});
		assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
			.filter(attribute -> attribute.getKey().startsWith("on") || attribute.getKey().startsWith("hx-on"))).isEmpty();
		assertThat(page.select("style")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("main#main")).hasSize(1);
		assertThat(page.select("a.skip[href=#main]")).hasSize(1);
	}

	@Test
	void servesTheVendoredHtmxAndItsLicence() {
		String htmx = this.client.get().uri("/assets/vendor/htmx-2.0.11.min.js").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(htmx).contains("htmx");
		this.client.get().uri("/assets/vendor/htmx-LICENSE.txt").exchange().expectStatus().isOk();
	}

	@Test
	void everyFormCarriesACsrfToken() {
		Document lookup = page("/lookup");
		List<Element> forms = lookup.select("form[method=post]");
		assertThat(forms).isNotEmpty().allSatisfy(form -> assertThat(form.select("input[name=_csrf]").val()).isNotBlank());
	}

	@Test
	void theActuatorShowsHealthOnly() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/env").exchange().expectStatus().value(status -> assertThat(status).isIn(302, 403, 404));
	}

}
