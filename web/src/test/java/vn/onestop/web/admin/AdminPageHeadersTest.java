package vn.onestop.web.admin;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.web.PageTest;
import vn.onestop.web.TestIdentityProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin page keeps the pages' rules: the Content-Security-Policy, no inline script, style or event handler,
 * scripts from /assets only, Vietnamese, a skip link, every form posting a CSRF token, and every visible input labelled.
 */
class AdminPageHeadersTest extends PageTest {

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	@Test
	void everyAdminPageKeepsThePagesRules() {
		AdminSession admin = AdminSession.signIn(this.client, this.idp, "/admin", List.of("PLATFORM_ADMIN"));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures")).withQueryParam("size", equalTo("100"))
			.willReturn(okJson("{\"items\":[" + ProcedureAdminPagesTest.V1 + "],\"totalItems\":1}")));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures/HT-KHAI-SINH/versions"))
			.willReturn(okJson("[" + ProcedureAdminPagesTest.V1 + "]")));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/calendar/2027")).willReturn(okJson(CalendarAdminPagesTest.YEAR)));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/notifications/templates"))
			.willReturn(okJson("[" + TemplateAdminPagesTest.SMS + "]")));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/notifications/templates/dossier-received-sms"))
			.willReturn(okJson(TemplateAdminPagesTest.SMS)));
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/notifications/sms/preview")).willReturn(okJson("""
				{"original":{"text":"a","encoding":"GSM_7","units":1,"segments":1},
				 "folded":{"text":"a","encoding":"GSM_7","units":1,"segments":1}}""")));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/audit/intake"))
			.willReturn(okJson("{\"items\":[],\"page\":0,\"size\":50,\"hasNext\":false}")));

		for (String path : List.of("/admin", "/admin/procedures", "/admin/procedures/new", "/admin/procedures/HT-KHAI-SINH",
				"/admin/calendar?year=2027", "/admin/templates", "/admin/templates/dossier-received-sms", "/admin/audit")) {
			EntityExchangeResult<String> answer = admin.get(path);
			assertThat(answer.getStatus().value()).as(path).isEqualTo(200);
			assertThat(answer.getResponseHeaders().getFirst("Content-Security-Policy")).as(path)
				.contains("script-src 'self'").doesNotContain("unsafe-inline");
			Document page = Jsoup.parse(answer.getResponseBody());
			assertThat(page.select("html").attr("lang")).isEqualTo("vi");
			assertThat(page.select("script")).allSatisfy(script -> {
				assertThat(script.attr("src")).startsWith("/assets/");
				assertThat(script.data()).isBlank();
			});
			assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
				.filter(attribute -> attribute.getKey().startsWith("on") || attribute.getKey().startsWith("hx-on")))
				.as(path).isEmpty();
			assertThat(page.select("style, [style]")).as(path).isEmpty();
			assertThat(page.select("a.skip[href=#main]")).hasSize(1);
			assertThat(page.select("form[method=post]")).as(path)
				.allSatisfy(form -> assertThat(form.select("input[name=_csrf]").val()).isNotBlank());
			page.select("main input:not([type=hidden]), main select, main textarea").forEach(input -> assertThat(
					input.parents().stream().anyMatch(parent -> parent.tagName().equals("label"))
							|| !input.attr("aria-label").isBlank()
							|| (!input.id().isBlank() && !page.select("label[for=" + input.id() + "]").isEmpty()))
				.as(path + " labels " + input).isTrue());
		}
	}

}
