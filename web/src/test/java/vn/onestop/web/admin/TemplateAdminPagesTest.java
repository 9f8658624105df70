package vn.onestop.web.admin;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.web.PageTest;
import vn.onestop.web.TestIdentityProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, admin pages, line 3: message templates, with notification-service's SMS segment count and GSM-7 text
 * as the admin types (an htmx fragment), and the API's field errors beside the fields.
 */
class TemplateAdminPagesTest extends PageTest {

	static final String SMS = """
			{"id":"dossier-received-sms","eventType":"DossierReceived","channel":"SMS","procedureGroup":null,"kind":"NOTICE",
			 "description":"Hồ sơ đã được tiếp nhận, kèm ngày hẹn trả","version":3,"createdAt":"2026-12-01T02:30:00Z",
			 "subject":null,"body":"{{wardName}}: Hồ sơ {{dossierCode}} đã được tiếp nhận.","maxSegments":1,
			 "worstCaseSegments":1,"placeholders":["wardName","dossierCode"]}""";

	static final String EMAIL = """
			{"id":"dossier-received-email","eventType":"DossierReceived","channel":"EMAIL","procedureGroup":null,"kind":"NOTICE",
			 "description":"Hồ sơ đã được tiếp nhận, kèm ngày hẹn trả","version":1,"createdAt":"2026-11-01T02:30:00Z",
			 "subject":"Hồ sơ {{dossierCode}}","body":"Kính gửi","maxSegments":null,"worstCaseSegments":null,"placeholders":["dossierCode"]}""";

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	private AdminSession admin;

	@BeforeEach
	void signIn() {
		this.admin = AdminSession.signIn(this.client, this.idp, "/admin", List.of("PLATFORM_ADMIN"));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/notifications/templates")).willReturn(okJson("[" + SMS + "," + EMAIL + "]")));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/notifications/templates/dossier-received-sms")).willReturn(okJson(SMS)));
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/notifications/sms/preview")).willReturn(okJson("""
				{"original":{"text":"{{wardName}}: Hồ sơ","encoding":"UCS_2","units":70,"segments":1},
				 "folded":{"text":"{{wardName}}: Ho so","encoding":"GSM_7","units":20,"segments":1}}""")));
	}

	@Test
	void listsTheTemplatesWithTheirChannelVersionAndSegments() {
		Document page = this.admin.page("/admin/templates");

		assertThat(page.select("table.admin-templates tbody tr")).hasSize(2);
		assertThat(page.select("table.admin-templates tbody tr").get(0).select("td").eachText()).containsExactly(
				"Hồ sơ đã được tiếp nhận, kèm ngày hẹn trả", "SMS", "DossierReceived", "3", "1 / 1 tin");
		assertThat(page.select("table.admin-templates tbody tr").get(1).select("td").get(1).text()).isEqualTo("Thư điện tử");
	}

	@Test
	void showsATemplateWithItsTextAndTheSmsPreviewOfIt() {
		Document page = this.admin.page("/admin/templates/dossier-received-sms");

		assertThat(page.select("textarea#f-body").text()).isEqualTo("{{wardName}}: Hồ sơ {{dossierCode}} đã được tiếp nhận.");
		assertThat(page.select("label[for=f-body]").text()).isEqualTo("Nội dung");
		assertThat(page.select("textarea#f-body").attr("hx-post")).isEqualTo("/admin/templates/dossier-received-sms/preview");
		assertThat(page.select("textarea#f-body").attr("hx-trigger")).contains("input");
		assertThat(page.select("#sms-folded-segments").text()).isEqualTo("1 tin");
		assertThat(page.select("#sms-folded-text").text()).isEqualTo("{{wardName}}: Ho so");
		assertThat(page.select("#sms-original-units").text()).isEqualTo("(70 ký tự UCS-2)");
		assertThat(page.select("dd").eachText()).contains("Phiên bản 3, lưu lúc 01/12/2026 09:30");
		assertThat(page.select("input#f-subject")).as("an SMS has no subject").isEmpty();
		gateway.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/notifications/sms/preview"))
			.withRequestBody(equalToJson("{\"text\":\"{{wardName}}: Hồ sơ {{dossierCode}} đã được tiếp nhận.\"}")));
	}

	@Test
	void typingAsksForTheSegmentPreviewOfTheTypedTextAndGetsOnlyThatPart() {
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/notifications/sms/preview"))
			.withRequestBody(equalToJson("{\"text\":\"Ủy ban phường: hồ sơ đã xong, mời đến nhận\"}"))
			.willReturn(okJson("""
					{"original":{"text":"Ủy ban phường: hồ sơ đã xong, mời đến nhận","encoding":"UCS_2","units":42,"segments":1},
					 "folded":{"text":"Uy ban phuong: ho so da xong, moi den nhan","encoding":"GSM_7","units":42,"segments":1}}""")));

		EntityExchangeResult<String> fragment = this.admin.post("/admin/templates/dossier-received-sms",
				"/admin/templates/dossier-received-sms/preview",
				List.of(Map.entry("body", "Ủy ban phường: hồ sơ đã xong, mời đến nhận"), Map.entry("maxSegments", "1")),
				true);

		assertThat(fragment.getStatus().value()).isEqualTo(200);
		Document part = Jsoup.parse(fragment.getResponseBody());
		assertThat(part.select("header, form, h1")).as("only the preview, which htmx swaps in").isEmpty();
		assertThat(part.select("section#sms-preview[aria-live=polite]")).hasSize(1);
		assertThat(part.select("#sms-folded-text").text()).isEqualTo("Uy ban phuong: ho so da xong, moi den nhan");
		assertThat(part.select("#sms-folded-units").text()).isEqualTo("(42 ký tự GSM-7)");
	}

	@Test
	void anEmptyTextHasNoPreviewRatherThanAnError() {
		EntityExchangeResult<String> fragment = this.admin.post("/admin/templates/dossier-received-sms",
				"/admin/templates/dossier-received-sms/preview", List.of(Map.entry("body", "  ")), true);

		assertThat(fragment.getStatus().value()).isEqualTo(200);
		assertThat(Jsoup.parse(fragment.getResponseBody()).select("#sms-preview").text()).contains("Chưa có nội dung");
	}

	@Test
	void savingShowsTheApisErrorBesideTheBodyAndKeepsWhatWasTyped() {
		gateway.server.stubFor(put(urlPathEqualTo("/api/v1/notifications/templates/dossier-received-sms"))
			.willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:sms-too-long","status":422,"detail":"SMS too long",
					 "errors":[{"field":"body","message":"needs up to 3 segments; maxSegments is 1"}]}""")));

		EntityExchangeResult<String> answer = this.admin.post("/admin/templates/dossier-received-sms",
				"/admin/templates/dossier-received-sms",
				List.of(Map.entry("body", "Một văn bản rất dài {{missingItems}}\r\ndòng hai"), Map.entry("maxSegments", "1")),
				false);

		assertThat(answer.getStatus().value()).isEqualTo(422);
		Document page = Jsoup.parse(answer.getResponseBody());
		assertThat(page.select("#f-body-error").text()).isEqualTo("Tin nhắn cần tới 3 phần; số phần tối đa đang đặt là 1.");
		assertThat(page.select("textarea#f-body").attr("aria-describedby")).startsWith("f-body-error");
		assertThat(page.select("textarea#f-body").val()).isEqualTo("Một văn bản rất dài {{missingItems}}\ndòng hai");
		gateway.server.verify(putRequestedFor(urlPathEqualTo("/api/v1/notifications/templates/dossier-received-sms"))
			.withHeader("Authorization", equalTo("Bearer admin-token"))
			.withRequestBody(equalToJson("{\"subject\":null,\"body\":\"Một văn bản rất dài {{missingItems}}\\ndòng hai\",\"maxSegments\":1}")));
	}

	@Test
	void aSavedVersionLeadsBackToTheTemplateSayingSo() {
		gateway.server.stubFor(put(urlPathEqualTo("/api/v1/notifications/templates/dossier-received-sms"))
			.willReturn(okJson(SMS.replace("\"version\":3", "\"version\":4"))));

		EntityExchangeResult<String> answer = this.admin.post("/admin/templates/dossier-received-sms",
				"/admin/templates/dossier-received-sms", List.of(Map.entry("body", "Hồ sơ {{dossierCode}}"),
						Map.entry("maxSegments", "1")), false);

		assertThat(answer.getResponseHeaders().getLocation()).hasToString("/admin/templates/dossier-received-sms?saved=4");
	}

}
