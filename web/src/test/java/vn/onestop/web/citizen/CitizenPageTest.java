package vn.onestop.web.citizen;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.web.PageTest;
import vn.onestop.web.SetCookie;
import vn.onestop.web.TestIdentityProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class CitizenPageTest extends PageTest {

	static final String ID = "5b1f0a52-8f0e-4a8e-9a55-0c5f6f3b1a01";

	static final String ME = """
			{"id":"%s","fullName":"Hoàng Minh Em","preferences":{"channel":"SMS","consent":true,
			 "consentAt":"2026-12-01T02:00:00Z"},"version":3}""".formatted(ID);

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	private TestIdentityProvider.SignIn citizen;

	@BeforeEach
	void signIn() {
		this.citizen = this.idp.signIn(this.client, "/citizen", "demo-citizen", "Công dân Em", List.of("CITIZEN"),
				"citizen-token");
		gateway.server.stubFor(get(urlEqualTo("/api/v1/intake/my-dossiers")).willReturn(okJson("""
				[{"code":"20242-261207-0002","wardCode":"20242","procedureName":"Cấp bản sao từ sổ gốc",
				  "status":{"code":10,"name":"RETURNED","label":"Đã trả kết quả"},"receivedAt":"2026-12-07T08:00:00+07:00",
				  "appointmentAt":"2026-12-07T16:00:00+07:00"},
				 {"code":"20242-261201-0001","wardCode":"20242","procedureName":"Đăng ký khai sinh",
				  "status":{"code":2,"name":"RECEIVED","label":"Được tiếp nhận"},"receivedAt":"2026-12-01T08:00:00+07:00",
				  "appointmentAt":"2026-12-04T10:00:00Z"}]""")));
		gateway.server.stubFor(get(urlEqualTo("/api/v1/citizens/me")).willReturn(okJson(ME)));
	}

	@Test
	void showsTheCitizensOwnDossiersAndPreferencesFromTheApiWithTheirToken() {
		Document page = open("/citizen");

		gateway.server.verify(getRequestedFor(urlEqualTo("/api/v1/intake/my-dossiers"))
			.withHeader("Authorization", equalTo("Bearer citizen-token")));
		assertThat(page.select("#my-dossiers li").eachText()).containsExactly(
				"Cấp bản sao từ sổ gốc 20242-261207-0002 · Đã trả kết quả · Hẹn trả 07/12/2026 16:00",
				"Đăng ký khai sinh 20242-261201-0001 · Đã tiếp nhận · Hẹn trả 04/12/2026 17:00");
		assertThat(page.select("#my-dossiers a").eachAttr("href")).containsExactly("/lookup?code=20242-261207-0002",
				"/lookup?code=20242-261201-0001");
		assertThat(page.select("input[name=channel][checked]").val()).isEqualTo("SMS");
		assertThat(page.select("input#consent").hasAttr("checked")).isTrue();
		assertThat(page.select("#consent-at").text()).isEqualTo("Lựa chọn này được ghi nhận lúc 01/12/2026 09:00.");
		assertThat(page.select("label[for=channel-NONE]").text()).isEqualTo("Không nhận thông báo");
		assertThat(page.select("form[action=/citizen/preferences] input[name=_csrf]").val()).isNotBlank();
		assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("Hồ sơ của tôi");
	}

	@Test
	void withdrawingConsentPatchesTheOwnRecordAtTheVersionRead() {
		gateway.server.stubFor(patch(urlEqualTo("/api/v1/citizens/" + ID)).willReturn(okJson(ME)));

		EntityExchangeResult<String> answer = submit("channel=NONE&version=3");

		assertThat(answer.getStatus().value()).isEqualTo(303);
		assertThat(answer.getResponseHeaders().getLocation()).hasToString("/citizen?saved=1");
		gateway.server.verify(patchRequestedFor(urlEqualTo("/api/v1/citizens/" + ID))
			.withHeader("If-Match", equalTo("\"3\""))
			.withHeader("Content-Type", equalTo("application/merge-patch+json"))
			.withHeader("Authorization", equalTo("Bearer citizen-token"))
			.withRequestBody(equalToJson("{\"preferences\":{\"channel\":\"NONE\",\"consent\":false}}")));
		assertThat(open("/citizen?saved=1").select("#preferences-saved").text()).isEqualTo("Đã lưu lựa chọn nhận thông báo của bạn.");
	}

	@Test
	void theApisFieldErrorShowsBesideTheConsent() {
		gateway.server.stubFor(patch(urlEqualTo("/api/v1/citizens/" + ID)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:validation","status":400,
					 "errors":[{"field":"preferences.consent","message":"must be true to be notified by SMS"}]}""")));

		EntityExchangeResult<String> answer = submit("channel=SMS&version=3");

		Document page = html(answer);
		assertThat(answer.getStatus().value()).isEqualTo(400);
		assertThat(page.select(".field.has-error #consent-error").text()).isEqualTo("Cần đồng ý để nhận thông báo qua SMS.");
		assertThat(page.select("input#consent").attr("aria-describedby")).isEqualTo("consent-error");
		assertThat(page.select("input#consent").hasAttr("checked")).as("what the citizen sent, not what is stored").isFalse();
		assertThat(page.select("#channel-error")).isEmpty();
	}

	@Test
	void aCitizenWithoutARecordStillSeesTheirDossiers() {
		gateway.server.stubFor(get(urlEqualTo("/api/v1/citizens/me")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

		Document page = open("/citizen");

		assertThat(page.select("#my-dossiers li")).hasSize(2);
		assertThat(page.select("#no-record").text()).startsWith("Chưa có thông tin công dân");
		assertThat(page.select("form[action=/citizen/preferences]")).isEmpty();
	}

	private Document open(String path) {
		return html(this.client.get().uri(path).cookies(c -> this.citizen.cookies().forEach(c::add)).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult());
	}

	private EntityExchangeResult<String> submit(String form) {
		EntityExchangeResult<String> page = this.client.get().uri("/citizen").cookies(c -> this.citizen.cookies().forEach(c::add))
			.exchange().expectBody(String.class).returnResult();
		String token = html(page).select("input[name=_csrf]").first().val();
		SetCookie xsrf = SetCookie.last(page, "XSRF-TOKEN");
		return this.client.post().uri("/citizen/preferences").cookies(c -> {
			this.citizen.cookies().forEach(c::add);
			if (xsrf != null) {
				c.set("XSRF-TOKEN", xsrf.value());
			}
		}).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(form + "&_csrf=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8))
			.exchange().expectBody(String.class).returnResult();
	}

}
