package vn.onestop.web.lookup;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.web.PageTest;
import vn.onestop.web.SetCookie;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class LookupPagesTest extends PageTest {

	@Test
	void theReceiptsLinkOpensTheFormWithTheCodeFilledIn() {
		Document page = page("/lookup?code=H20.242-261207-0001");

		assertThat(page.select("input#code").val()).isEqualTo("H20.242-261207-0001");
		assertThat(page.select("input#phoneLast4").val()).isEmpty();
		assertThat(page.select("label[for=code]").text()).isEqualTo("Mã hồ sơ");
		assertThat(page.select("label[for=phoneLast4]").text()).isEqualTo("4 số cuối điện thoại");
		assertThat(page.select("form[action=/lookup][method=post] input[type=hidden][name=_csrf]").val()).isNotBlank();
	}

	@Test
	void showsStatusProcedureAppointmentAndTheWardsName() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/lookup")).willReturn(okJson("""
				{"status":{"code":2,"name":"RECEIVED","label":"Được tiếp nhận"},"procedureName":"Đăng ký khai sinh",
				 "appointmentAt":"2026-12-09T10:00:00+07:00","wardCode":"20242","rated":false}""")));
		gateway.server.stubFor(get(urlEqualTo("/api/v1/wards/20242")).willReturn(okJson("""
				{"code":"20242","name":"Hải Châu","fullName":"Phường Hải Châu","type":"WARD","provinceCode":"48",
				 "provinceName":"Đà Nẵng","effectiveFrom":"2025-07-01"}""")));

		EntityExchangeResult<String> answer = submit("code=H20.242-261207-0001&phoneLast4=4567");

		Document page = html(answer);
		assertThat(answer.getStatus().value()).isEqualTo(200);
		assertThat(page.select("#lookup-result dd").eachText())
			.as("the status in the citizen's words, not the national label")
			.containsExactly("Đã tiếp nhận", "Đăng ký khai sinh", "09/12/2026 10:00", "Phường Hải Châu, Đà Nẵng");
		assertThat(page.select("form.rating-form")).isEmpty();
		assertThat(page.select("#rating-later").text()).isEqualTo("Bạn có thể đánh giá sau khi nhận kết quả.");
		assertThat(page.select("input#phoneLast4").val()).isEmpty();
		gateway.server.verify(postRequestedFor(urlEqualTo("/api/v1/intake/lookup"))
			.withRequestBody(equalToJson("{\"code\":\"H20.242-261207-0001\",\"phoneLast4\":\"4567\"}")));
	}

	@Test
	void aStatusWithoutCitizenWordsIsShownWithTheApisLabel() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/lookup")).willReturn(okJson("""
				{"status":{"code":11,"name":"ARCHIVED","label":"Đã lưu trữ"},"procedureName":"Đăng ký khai sinh",
				 "appointmentAt":"2026-12-09T10:00:00+07:00","wardCode":"20242","rated":false}""")));
		gateway.server.stubFor(get(urlEqualTo("/api/v1/wards/20242")).willReturn(okJson("""
				{"code":"20242","name":"Hải Châu","fullName":"Phường Hải Châu","type":"WARD","provinceCode":"48",
				 "provinceName":"Đà Nẵng","effectiveFrom":"2025-07-01"}""")));

		Document page = html(submit("code=H20.242-261207-0001&phoneLast4=4567"));

		assertThat(page.select("#lookup-result .status").text()).isEqualTo("Đã lưu trữ");
	}

	@Test
	void showsTheApisFieldErrorsNextToTheirFields() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/lookup")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("""
					{"type":"https://onestop.gov.vn/problems/validation","status":400,"detail":"One or more fields are invalid.",
					 "errors":[{"field":"phoneLast4","message":"must be the last 4 digits of the phone"}]}""")));

		EntityExchangeResult<String> answer = submit("code=H20&phoneLast4=12a");

		Document page = html(answer);
		assertThat(answer.getStatus().value()).isEqualTo(400);
		assertThat(page.select(".field.has-error #phoneLast4-error").text()).isEqualTo("Nhập đúng 4 chữ số cuối của số điện thoại.");
		assertThat(page.select("input#phoneLast4").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("input#phoneLast4").attr("aria-describedby")).isEqualTo("phoneLast4-error");
		assertThat(page.select("#code-error")).isEmpty();
		assertThat(page.select("input#code").val()).isEqualTo("H20");
	}

	@Test
	void saysPlainlyWhenNoDossierMatches() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/lookup")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://onestop.gov.vn/problems/not-found\",\"status\":404}")));

		EntityExchangeResult<String> answer = submit("code=H20.242-261207-0009&phoneLast4=0000");

		assertThat(answer.getStatus().value()).isEqualTo(404);
		assertThat(html(answer).select("#lookup-problem").text()).isEqualTo("Không tìm thấy hồ sơ với mã và số điện thoại này.");
		assertThat(html(answer).select("#lookup-result")).isEmpty();
	}

	@Test
	void saysHowLongToWaitAfterTooManyTries() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/lookup")).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "42")
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://onestop.gov.vn/problems/too-many-requests\",\"status\":429}")));

		EntityExchangeResult<String> answer = submit("code=H20&phoneLast4=0000");

		assertThat(answer.getStatus().value()).isEqualTo(429);
		assertThat(html(answer).select("#lookup-problem").text()).isEqualTo("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 42 giây.");
	}

	@Test
	void refusesAPostWithoutTheFormsCsrfToken() {
		this.client.post().uri("/lookup").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("code=H20&phoneLast4=4567").exchange().expectStatus().isForbidden();

		gateway.server.verify(0, postRequestedFor(urlEqualTo("/api/v1/intake/lookup")));
	}

	private EntityExchangeResult<String> submit(String form) {
		EntityExchangeResult<String> blank = this.client.get().uri("/lookup").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult();
		String token = html(blank).select("input[name=_csrf]").val();
		String cookie = SetCookie.last(blank, "XSRF-TOKEN").value();
		return this.client.post().uri("/lookup").cookie("XSRF-TOKEN", cookie).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(form + "&_csrf=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8))
			.exchange().expectBody(String.class).returnResult();
	}

}
