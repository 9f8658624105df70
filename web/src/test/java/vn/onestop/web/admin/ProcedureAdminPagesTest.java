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
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, admin pages, line 1: procedures and their versions, publishing a new version through intake. */
class ProcedureAdminPagesTest extends PageTest {

	static final String V1 = """
			{"code":"HT-KHAI-SINH","name":"Đăng ký khai sinh","field":{"code":"HO_TICH","name":"Hộ tịch"},"version":1,
			 "effectiveFrom":"2025-07-01","processingTime":{"amount":0,"unit":"WORKING_DAYS","sameDayCutoff":"15:00"},
			 "fee":{"kind":"FREE","amountVnd":null,"note":"Miễn lệ phí"},"channels":["IN_PERSON","ONLINE"],
			 "legalBasis":"Luật Hộ tịch 2014","requiredDocuments":[
			  {"position":1,"key":"to-khai","name":"Tờ khai đăng ký khai sinh","originals":1,"certifiedCopies":0,"copies":0,"mandatory":true},
			  {"position":2,"key":"giay-chung-sinh","name":"Giấy chứng sinh","originals":1,"certifiedCopies":0,"copies":0,"mandatory":true}]}""";

	static final String V2 = V1.replace("\"version\":1", "\"version\":2").replace("2025-07-01", "2027-01-01")
		.replace("\"Đăng ký khai sinh\"", "\"Đăng ký khai sinh (mới)\"");

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	private AdminSession admin;

	@BeforeEach
	void signIn() {
		this.admin = AdminSession.signIn(this.client, this.idp, "/admin/procedures", List.of("PLATFORM_ADMIN"));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures")).withQueryParam("size", equalTo("100"))
			.willReturn(okJson("{\"items\":[" + V1 + "],\"page\":0,\"size\":100,\"totalItems\":1,\"totalPages\":1}")));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures/HT-KHAI-SINH/versions"))
			.willReturn(okJson("[" + V2 + "," + V1 + "]")));
	}

	@Test
	void listsTheProceduresInForceWithTheirVersionAndDate() {
		Document page = this.admin.page("/admin/procedures");

		assertThat(page.select("h1").text()).isEqualTo("Thủ tục hành chính đang có hiệu lực");
		assertThat(page.select("table.admin-procedures tbody tr td").eachText()).containsExactly("HT-KHAI-SINH",
				"Đăng ký khai sinh", "Hộ tịch", "1", "01/07/2025");
		assertThat(page.select("table.admin-procedures a").attr("href")).isEqualTo("/admin/procedures/HT-KHAI-SINH");
		assertThat(page.select("nav.admin-nav a.active").text()).isEqualTo("Thủ tục và phiên bản");
		assertThat(page.select("a[href=/admin]").text()).as("the menu names the admin pages").isEqualTo("Quản trị");
	}

	@Test
	void showsAProcedureWithEveryVersionAndTheNextVersionsFormFilledInFromTheLatest() {
		Document page = this.admin.page("/admin/procedures/HT-KHAI-SINH");

		assertThat(page.select("table.versions tbody tr")).hasSize(2);
		assertThat(page.select("table.versions tbody tr").get(0).select("td").eachText()).startsWith("2", "01/01/2027",
				"Đăng ký khai sinh (mới)");
		assertThat(page.select("table.versions tbody tr").get(1).select("td").get(3).text())
			.isEqualTo("Trong ngày (nhận trước 15:00)");
		assertThat(page.select("form#version-form[method=post][action=/admin/procedures/publish] input[name=_csrf]").val())
			.isNotBlank();
		assertThat(page.select("input[name=code]").val()).isEqualTo("HT-KHAI-SINH");
		assertThat(page.select("input#f-name").val()).isEqualTo("Đăng ký khai sinh (mới)");
		assertThat(page.select("label[for=f-effectiveFrom]").text()).startsWith("Hiệu lực từ ngày (ngày/tháng/năm");
		assertThat(page.select("input#f-requiredDocuments-1-name").val()).isEqualTo("Giấy chứng sinh");
		assertThat(page.select("input#f-requiredDocuments-2-name").val()).as("a blank row to add one").isEmpty();
		assertThat(page.select("input[name=channels][checked]").eachAttr("value")).containsExactly("IN_PERSON", "ONLINE");
		assertThat(page.select("select#f-fee-kind option[selected]").text()).isEqualTo("Miễn phí");
	}

	@Test
	void showsTheApisFieldErrorsBesideTheirFieldsOnTheRowsTheyCameFrom() {
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/procedures/HT-KHAI-SINH/versions"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:validation","title":"Invalid request","status":400,
					 "errors":[{"field":"effectiveFrom","message":"must be today or later: a version already in force is never rewritten"},
					           {"field":"requiredDocuments[1].name","message":"must not be blank"}]}""")));

		EntityExchangeResult<String> answer = this.admin.post("/admin/procedures/HT-KHAI-SINH",
				"/admin/procedures/publish", List.of(Map.entry("code", "HT-KHAI-SINH"), Map.entry("creating", "false"),
						Map.entry("effectiveFrom", "01/01/2020"), Map.entry("name", "Đăng ký khai sinh"),
						Map.entry("processingTime.amount", "3"), Map.entry("processingTime.unit", "WORKING_DAYS"),
						Map.entry("fee.kind", "FIXED"), Map.entry("fee.amountVnd", "8000"), Map.entry("channels", "IN_PERSON"),
						Map.entry("requiredDocuments[0].key", "to-khai"), Map.entry("requiredDocuments[0].name", "Tờ khai"),
						Map.entry("requiredDocuments[0].originals", "1"), Map.entry("requiredDocuments[0].mandatory", "true"),
						Map.entry("requiredDocuments[1].key", ""), Map.entry("requiredDocuments[1].name", ""),
						Map.entry("requiredDocuments[2].key", "cccd"), Map.entry("requiredDocuments[2].name", " "),
						Map.entry("requiredDocuments[2].copies", "1")),
				false);

		assertThat(answer.getStatus().value()).isEqualTo(400);
		Document page = Jsoup.parse(answer.getResponseBody());
		assertThat(page.select("#form-problem").text()).contains("vui lòng sửa các ô được đánh dấu");
		assertThat(page.select("#f-effectiveFrom-error").text()).isEqualTo(
				"Phải từ hôm nay trở đi: phiên bản đã có hiệu lực không bao giờ được sửa.");
		assertThat(page.select("input#f-effectiveFrom").attr("aria-describedby")).isEqualTo("f-effectiveFrom-error");
		assertThat(page.select("input#f-effectiveFrom").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("input#f-effectiveFrom").val()).as("what was typed is kept").isEqualTo("01/01/2020");
		assertThat(page.select("#f-requiredDocuments-2-name-error").text()).as("the third row of the form, the second sent")
			.isEqualTo("Không được để trống.");
		assertThat(page.select("#f-requiredDocuments-1-name-error")).isEmpty();
		assertThat(page.select("table.versions tbody tr")).hasSize(2);
		gateway.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/intake/procedures/HT-KHAI-SINH/versions"))
			.withHeader("Authorization", equalTo("Bearer admin-token"))
			.withRequestBody(equalToJson("""
					{"effectiveFrom":"2020-01-01","name":"Đăng ký khai sinh",
					 "processingTime":{"amount":3,"unit":"WORKING_DAYS","sameDayCutoff":null},
					 "fee":{"kind":"FIXED","amountVnd":8000,"note":null},"channels":["IN_PERSON"],"legalBasis":null,
					 "requiredDocuments":[{"key":"to-khai","name":"Tờ khai","originals":1,"certifiedCopies":null,"copies":null,"mandatory":true},
					                      {"key":"cccd","name":"","originals":null,"certifiedCopies":null,"copies":1,"mandatory":false}]}""")));
	}

	@Test
	void aPublishedVersionLeadsBackToTheProcedureSayingSo() {
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/procedures/HT-KHAI-SINH/versions"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(V2)));

		EntityExchangeResult<String> answer = this.admin.post("/admin/procedures/HT-KHAI-SINH", "/admin/procedures/publish",
				List.of(Map.entry("code", "HT-KHAI-SINH"), Map.entry("effectiveFrom", "2027-01-01")), false);

		assertThat(answer.getStatus().is3xxRedirection()).isTrue();
		assertThat(answer.getResponseHeaders().getLocation()).hasToString("/admin/procedures/HT-KHAI-SINH?published=2");
		assertThat(this.admin.page("/admin/procedures/HT-KHAI-SINH?published=2").select("#published").text())
			.isEqualTo("Đã công bố phiên bản 2.");
	}

	@Test
	void aConflictIsSaidPlainlyAboveTheForm() {
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/procedures/HT-KHAI-SINH/versions"))
			.willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:conflict","status":409,
					 "detail":"Procedure HT-KHAI-SINH already has a version taking effect on 2027-01-01; a new version must take effect after it."}""")));

		EntityExchangeResult<String> answer = this.admin.post("/admin/procedures/HT-KHAI-SINH", "/admin/procedures/publish",
				List.of(Map.entry("code", "HT-KHAI-SINH"), Map.entry("effectiveFrom", "2026-12-20")), false);

		assertThat(answer.getStatus().value()).isEqualTo(409);
		assertThat(Jsoup.parse(answer.getResponseBody()).select("#form-problem").text())
			.contains("Không công bố được").doesNotContain("already has a version");
	}

	@Test
	void aNewProcedureIsFiledWithItsCodeAndField() {
		Document form = this.admin.page("/admin/procedures/new");
		assertThat(form.select("input#f-code")).hasSize(1);
		assertThat(form.select("input#f-field-code")).hasSize(1);
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/procedures/TT-MOI/versions"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:validation","status":400,
					 "errors":[{"field":"field.name","message":"must not be blank"}]}""")));

		EntityExchangeResult<String> answer = this.admin.post("/admin/procedures/new", "/admin/procedures/publish",
				List.of(Map.entry("code", "TT-MOI"), Map.entry("creating", "true"), Map.entry("field.code", "THU_NGHIEM"),
						Map.entry("field.name", "")), false);

		assertThat(answer.getStatus().value()).isEqualTo(400);
		Document page = Jsoup.parse(answer.getResponseBody());
		assertThat(page.select("#f-field-name-error").text()).isEqualTo("Không được để trống.");
		assertThat(page.select("input#f-code").val()).isEqualTo("TT-MOI");
		gateway.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/intake/procedures/TT-MOI/versions"))
			.withRequestBody(equalToJson("{\"field\":{\"code\":\"THU_NGHIEM\",\"name\":\"\"}}", true, true)));
	}

}
