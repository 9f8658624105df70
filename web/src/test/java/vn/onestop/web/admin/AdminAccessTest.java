package vn.onestop.web.admin;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.web.PageTest;
import vn.onestop.web.TestIdentityProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, admin pages: someone who is not a platform admin is told plainly, and an API refusal behind an admin page
 * (the API decides) gives the same kind of page; a form posted without its CSRF token is refused.
 */
class AdminAccessTest extends PageTest {

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/procedures", "/admin/calendar", "/admin/templates", "/admin/audit" })
	void anOfficerIsToldTheAdminPagesAreForPlatformAdmins(String path) {
		AdminSession officer = AdminSession.signIn(this.client, this.idp, path, List.of("OFFICER"));

		EntityExchangeResult<String> answer = officer.get(path);

		assertThat(answer.getStatus().value()).isEqualTo(403);
		Document page = Jsoup.parse(answer.getResponseBody());
		assertThat(page.select("[role=alert]").text())
			.isEqualTo("Trang quản trị chỉ dành cho quản trị viên nền tảng. Tài khoản của bạn không có quyền này.");
		assertThat(page.select("a[href=/admin]")).as("no admin menu for an officer").isEmpty();
		gateway.server.verify(0, anyRequestedFor(urlPathMatching("/api/v1/.*")));
	}

	@Test
	void anApiRefusalBehindAnAdminPageIsAPlainForbiddenPage() {
		AdminSession admin = AdminSession.signIn(this.client, this.idp, "/admin", List.of("PLATFORM_ADMIN"));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/audit/intake")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json").withBody("{\"type\":\"urn:onestop:problem:forbidden\",\"status\":403}")));

		EntityExchangeResult<String> answer = admin.get("/admin/audit");

		assertThat(answer.getStatus().value()).isEqualTo(403);
		assertThat(Jsoup.parse(answer.getResponseBody()).select("[role=alert]").text()).isEqualTo("Bạn không có quyền xem trang này.");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() {
		AdminSession admin = AdminSession.signIn(this.client, this.idp, "/admin", List.of("PLATFORM_ADMIN"));

		assertThat(admin.postWithoutToken("/admin/calendar/2027", "source=x").getStatus().value()).isEqualTo(403);
		assertThat(admin.postWithoutToken("/admin/templates/x", "body=x").getStatus().value()).isEqualTo(403);
		assertThat(admin.postWithoutToken("/admin/procedures/publish", "code=X").getStatus().value()).isEqualTo(403);
		gateway.server.verify(0, anyRequestedFor(urlPathMatching("/api/v1/.*")));
	}

	@Test
	void theAdminHomeLinksEveryAdminPage() {
		AdminSession admin = AdminSession.signIn(this.client, this.idp, "/admin", List.of("PLATFORM_ADMIN"));

		Document page = admin.page("/admin");

		assertThat(page.select("main .cards a").eachAttr("href")).containsExactly("/admin/procedures", "/admin/calendar",
				"/admin/templates", "/admin/audit");
		assertThat(page.select("header nav a[href=/admin]").attr("aria-current")).isEqualTo("page");
		assertThat(Map.of()).isEmpty();
	}

}
