package vn.onestop.web.admin;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.web.PageTest;
import vn.onestop.web.TestIdentityProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, admin pages, line 4: the audit log, filtered by the API, the filters' errors beside them. */
class AuditPageTest extends PageTest {

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	private AdminSession admin;

	@BeforeEach
	void signIn() {
		this.admin = AdminSession.signIn(this.client, this.idp, "/admin", List.of("PLATFORM_ADMIN"));
	}

	@Test
	void passesTheFiltersToTheApiAndShowsItsEntriesNewestFirstInVietnamTime() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/audit/notification")).willReturn(okJson("""
				{"items":[{"at":"2026-12-07T02:15:00Z","actor":"demo-admin","roles":["PLATFORM_ADMIN"],
				  "action":"template.change","target":"dossier-received-sms","wardCode":null,"clientIp":"203.0.113.7",
				  "requestId":"r-1","details":{"fromVersion":1,"toVersion":2}}],"page":1,"size":50,"hasNext":true}""")));

		Document page = this.admin.page("/admin/audit?service=notification&action=template.change&actor=demo-admin"
				+ "&from=01/12/2026&to=8/12/2026&page=1");

		assertThat(page.select("table.audit tbody tr td").stream().map(org.jsoup.nodes.Element::text).toList()).containsExactly("07/12/2026 09:15",
				"demo-admin PLATFORM_ADMIN", "Sửa mẫu tin nhắn", "dossier-received-sms", "—", "203.0.113.7",
				"fromVersion: 1 toVersion: 2");
		assertThat(page.select("select#f-service option[selected]").val()).isEqualTo("notification");
		assertThat(page.select("select#f-action option[selected]").val()).isEqualTo("template.change");
		assertThat(page.select("a[rel=next]").attr("href")).contains("page=2").contains("service=notification");
		assertThat(page.select("a[rel=prev]").attr("href")).contains("page=0");
		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/audit/notification"))
			.withHeader("Authorization", equalTo("Bearer admin-token"))
			.withQueryParam("action", equalTo("template.change"))
			.withQueryParam("actor", equalTo("demo-admin"))
			.withQueryParam("from", equalTo("2026-12-01"))
			.withQueryParam("to", equalTo("2026-12-08"))
			.withQueryParam("ward", absent())
			.withQueryParam("page", equalTo("1"))
			.withQueryParam("size", equalTo("50")));
	}

	@Test
	void theApisErrorsAreShownBesideTheFilters() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/audit/intake")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:invalid-parameter","status":400,
					 "errors":[{"field":"to","message":"must be after from"}]}""")));

		EntityExchangeResult<String> answer = this.admin.get("/admin/audit?from=2026-12-08&to=2026-12-01");

		assertThat(answer.getStatus().value()).isEqualTo(400);
		Document page = Jsoup.parse(answer.getResponseBody());
		assertThat(page.select("#f-to-error").text()).isEqualTo("Phải sau thời điểm bắt đầu.");
		assertThat(page.select("input#f-to").attr("aria-describedby")).isEqualTo("f-to-error");
		assertThat(page.select("input#f-from").val()).isEqualTo("2026-12-08");
		assertThat(page.select("table.audit")).isEmpty();
	}

}
