package vn.onestop.web.lookup;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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

/** Rating a returned dossier from the look-up page: once, three levels and a comment, the API's answers shown. */
class RatingPagesTest extends PageTest {

	static final String RETURNED = """
			{"status":{"code":10,"name":"RETURNED","label":"Đã trả kết quả"},"procedureName":"Đăng ký khai sinh",
			 "appointmentAt":"2026-12-09T10:00:00+07:00","wardCode":"20242","rated":%s}""";

	@BeforeEach
	void registryIsDown() {
		gateway.server.stubFor(get(urlEqualTo("/api/v1/wards/20242")).willReturn(aResponse().withStatus(503)));
	}

	@Test
	void aReturnedDossierNotYetRatedOffersThreeLevelsAndAComment() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/lookup")).willReturn(okJson(RETURNED.formatted("false"))));

		Document page = html(submit("/lookup", "code=20242-261207-0001&phoneLast4=4567"));

		assertThat(page.select("#ward-name").text()).as("the code stands in when the registry cannot answer")
			.isEqualTo("20242");
		assertThat(page.select("form.rating-form[action=/lookup/rating][method=post] input[name=_csrf]").val()).isNotBlank();
		assertThat(page.select("form.rating-form input[type=radio][name=rating]").eachAttr("value"))
			.containsExactly("VERY_SATISFIED", "SATISFIED", "NOT_SATISFIED");
		assertThat(page.select("form.rating-form label.choice").eachText()).containsExactly("Rất hài lòng", "Hài lòng",
				"Không hài lòng");
		assertThat(page.select("form.rating-form legend").text()).isEqualTo("Bạn hài lòng với việc giải quyết hồ sơ này ở mức nào?");
		assertThat(page.select("label[for=comment]").text()).isEqualTo("Góp ý (không bắt buộc)");
		assertThat(page.select("form.rating-form input[name=code]").val()).isEqualTo("20242-261207-0001");
	}

	@Test
	void sendsTheRatingWithTheLookupsCodeAndDigitsAndThanks() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/dossiers/20242-261207-0001/rating"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"code\":\"20242-261207-0001\",\"rating\":\"SATISFIED\"}")));
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/lookup")).willReturn(okJson(RETURNED.formatted("true"))));

		EntityExchangeResult<String> answer = submit("/lookup/rating",
				"code=20242-261207-0001&phoneLast4=4567&rating=SATISFIED&comment=C%C3%A1n+b%E1%BB%99+t%E1%BA%ADn+t%C3%ACnh");

		Document page = html(answer);
		assertThat(answer.getStatus().value()).isEqualTo(200);
		gateway.server.verify(postRequestedFor(urlEqualTo("/api/v1/intake/dossiers/20242-261207-0001/rating"))
			.withRequestBody(equalToJson("{\"rating\":\"SATISFIED\",\"comment\":\"Cán bộ tận tình\",\"phoneLast4\":\"4567\"}")));
		assertThat(page.select("#rating-outcome").text()).isEqualTo("Cảm ơn bạn đã đánh giá. Ý kiến của bạn đã được ghi nhận.");
		assertThat(page.select("#lookup-result .status").text()).isEqualTo("Đã trả kết quả");
		assertThat(page.select("form.rating-form")).isEmpty();
	}

	@Test
	void aSecondRatingIsRefusedPlainly() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/dossiers/20242-261207-0001/rating"))
			.willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"urn:onestop:problem:already-rated\",\"status\":409}")));
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/lookup")).willReturn(okJson(RETURNED.formatted("true"))));

		EntityExchangeResult<String> answer = submit("/lookup/rating", "code=20242-261207-0001&phoneLast4=4567&rating=SATISFIED");

		assertThat(answer.getStatus().value()).isEqualTo(409);
		assertThat(html(answer).select("#rating-outcome").text())
			.isEqualTo("Hồ sơ này đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần.");
		assertThat(html(answer).select("form.rating-form")).isEmpty();
	}

	@Test
	void showsTheApisFieldErrorBesideTheLevels() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/dossiers/20242-261207-0001/rating"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
				.withBody("""
						{"type":"https://onestop.gov.vn/problems/validation","status":400,
						 "errors":[{"field":"rating","message":"must be VERY_SATISFIED, SATISFIED or NOT_SATISFIED"}]}""")));
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/lookup")).willReturn(okJson(RETURNED.formatted("false"))));

		EntityExchangeResult<String> answer = submit("/lookup/rating", "code=20242-261207-0001&phoneLast4=4567&comment=T%E1%BB%91t");

		Document page = html(answer);
		assertThat(answer.getStatus().value()).isEqualTo(400);
		assertThat(page.select("fieldset.has-error #rating-error").text()).isEqualTo("Vui lòng chọn một mức độ hài lòng.");
		assertThat(page.select("fieldset.has-error").attr("aria-describedby")).isEqualTo("rating-error");
		assertThat(page.select("textarea#comment").text()).isEqualTo("Tốt");
		assertThat(page.select("#comment-error")).isEmpty();
	}

	@Test
	void refusesARatingWithoutTheFormsCsrfToken() {
		this.client.post().uri("/lookup/rating").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("code=20242-261207-0001&phoneLast4=4567&rating=SATISFIED").exchange().expectStatus().isForbidden();

		gateway.server.verify(0, postRequestedFor(urlEqualTo("/api/v1/intake/dossiers/20242-261207-0001/rating")));
	}

	private EntityExchangeResult<String> submit(String path, String form) {
		EntityExchangeResult<String> blank = this.client.get().uri("/lookup").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult();
		String token = html(blank).select("input[name=_csrf]").val();
		String cookie = SetCookie.last(blank, "XSRF-TOKEN").value();
		return this.client.post().uri(path).cookie("XSRF-TOKEN", cookie).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(form + "&_csrf=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8))
			.exchange().expectBody(String.class).returnResult();
	}

}
