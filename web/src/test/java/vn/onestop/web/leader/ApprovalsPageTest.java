package vn.onestop.web.leader;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
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
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ApprovalsPageTest extends PageTest {

	static final String SUPPLEMENT = "3f1c2a52-8f0e-4a8e-9a55-0c5f6f3b1a01";

	static final String APOLOGY = "3f1c2a52-8f0e-4a8e-9a55-0c5f6f3b1a02";

	static final String WAITING = """
			[{"id":"%s","dossierCode":"20242-261207-0001","procedureName":"Đăng ký khai sinh","wardCode":"20242",
			  "action":"request-supplement","reason":null,"missingItems":["Bản sao giấy chứng sinh","Tờ khai có chữ ký"],
			  "newAppointmentAt":null,"appointmentAt":"2026-12-09T10:00:00+07:00","requestedBy":"demo-officer",
			  "requestedAt":"2026-12-07T02:05:00Z","status":"PENDING"},
			 {"id":"%s","dossierCode":"20242-261207-0002","procedureName":"Cấp bản sao từ sổ gốc","wardCode":"20242",
			  "action":"apologize","reason":"Chờ cơ quan khác trả lời","missingItems":[],
			  "newAppointmentAt":"2026-12-11T16:00:00+07:00","appointmentAt":"2026-12-09T10:00:00+07:00",
			  "requestedBy":"demo-officer","requestedAt":"2026-12-07T03:00:00Z","status":"PENDING"}]"""
		.formatted(SUPPLEMENT, APOLOGY);

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	private TestIdentityProvider.SignIn leader;

	@BeforeEach
	void signIn() {
		this.leader = this.idp.signIn(this.client, "/leader/approvals", "demo-leader", "Lãnh đạo Bình",
				List.of("WARD_LEADER"), "leader-token");
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/approval-requests")).willReturn(okJson(WAITING)));
	}

	@Test
	void listsTheSecondSupplementRequestAndApologyWaitingWithTheirParticulars() {
		Document page = open("/leader/approvals");

		assertThat(page.select("#approvals-count").text()).isEqualTo("2 việc đang chờ");
		assertThat(page.select(".approval h2").eachText()).containsExactly(
				"Yêu cầu bổ sung hồ sơ lần hai — 20242-261207-0001", "Xin lỗi và hẹn lại ngày trả lần hai — 20242-261207-0002");
		assertThat(page.select("#approval-" + SUPPLEMENT + " dd").eachText()).containsExactly("Đăng ký khai sinh",
				"demo-officer, lúc 07/12/2026 09:05", "09/12/2026 10:00",
				"Bản sao giấy chứng sinh Tờ khai có chữ ký");
		assertThat(page.select("#approval-" + APOLOGY + " dd").eachText()).contains("11/12/2026 16:00",
				"Chờ cơ quan khác trả lời");
		assertThat(page.select("#approval-" + SUPPLEMENT + " form[action=/leader/approvals/" + SUPPLEMENT
				+ "/approval] input[name=_csrf]").val()).isNotBlank();
		assertThat(page.select("#approval-" + SUPPLEMENT + " form[action=/leader/approvals/" + SUPPLEMENT
				+ "/refusal] input[name=_csrf]").val()).isNotBlank();
		assertThat(page.select("label[for=reason-" + SUPPLEMENT + "]").text()).isEqualTo("Lý do không phê duyệt");
	}

	@Test
	void approvingAsksIntakeAsTheLeaderAndSaysItIsDone() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/approval-requests/" + SUPPLEMENT + "/approval"))
			.willReturn(okJson("{\"status\":\"APPROVED\"}")));

		EntityExchangeResult<String> answer = submit("/leader/approvals/" + SUPPLEMENT + "/approval", "");

		assertThat(answer.getStatus().value()).isEqualTo(303);
		assertThat(answer.getResponseHeaders().getLocation()).hasToString("/leader/approvals?done=approved");
		gateway.server.verify(postRequestedFor(urlEqualTo("/api/v1/intake/approval-requests/" + SUPPLEMENT + "/approval"))
			.withHeader("Authorization", equalTo("Bearer leader-token")));
		assertThat(open("/leader/approvals?done=approved").select("#approvals-done").text())
			.isEqualTo("Đã phê duyệt. Việc đã được thực hiện đứng tên lãnh đạo.");
	}

	@Test
	void aRefusalWithoutAReasonComesBackWithTheApisErrorBesideTheReason() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/approval-requests/" + APOLOGY + "/refusal"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:action-details","status":400,
					 "errors":[{"field":"reason","message":"is required to refuse"}]}""")));

		EntityExchangeResult<String> answer = submit("/leader/approvals/" + APOLOGY + "/refusal", "reason=++");

		Document page = html(answer);
		assertThat(answer.getStatus().value()).isEqualTo(400);
		gateway.server.verify(postRequestedFor(urlEqualTo("/api/v1/intake/approval-requests/" + APOLOGY + "/refusal"))
			.withRequestBody(equalToJson("{\"reason\":\"  \"}")));
		assertThat(page.select("#approval-" + APOLOGY + " .field.has-error #reason-error-" + APOLOGY).text())
			.isEqualTo("Vui lòng nêu lý do từ chối.");
		assertThat(page.select("textarea#reason-" + APOLOGY).attr("aria-describedby")).isEqualTo("reason-error-" + APOLOGY);
		assertThat(page.select("textarea#reason-" + APOLOGY).attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#reason-error-" + SUPPLEMENT)).isEmpty();
	}

	@Test
	void anApprovalIntakeCanNoLongerMakeSaysWhyAtItsRequest() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/approval-requests/" + SUPPLEMENT + "/approval"))
			.willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
				.withBody("{\"type\":\"urn:onestop:problem:action-not-allowed\",\"status\":409}")));

		EntityExchangeResult<String> answer = submit("/leader/approvals/" + SUPPLEMENT + "/approval", "");

		assertThat(answer.getStatus().value()).isEqualTo(409);
		assertThat(html(answer).select("#failure-" + SUPPLEMENT).text())
			.isEqualTo("Không thể phê duyệt: tình trạng hồ sơ đã thay đổi, việc này không còn thực hiện được.");
	}

	@Test
	void refusesADecisionWithoutTheFormsCsrfToken() {
		this.client.post().uri("/leader/approvals/" + SUPPLEMENT + "/approval")
			.cookies(c -> this.leader.cookies().forEach(c::add)).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("").exchange().expectStatus().isForbidden();
		gateway.server.verify(0, postRequestedFor(urlEqualTo("/api/v1/intake/approval-requests/" + SUPPLEMENT + "/approval")));
	}

	private Document open(String path) {
		return html(this.client.get().uri(path).cookies(c -> this.leader.cookies().forEach(c::add)).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult());
	}

	private EntityExchangeResult<String> submit(String path, String form) {
		EntityExchangeResult<String> page = this.client.get().uri("/leader/approvals")
			.cookies(c -> this.leader.cookies().forEach(c::add)).exchange().expectBody(String.class).returnResult();
		String token = html(page).select("input[name=_csrf]").first().val();
		String xsrf = vn.onestop.web.SetCookie.last(page, "XSRF-TOKEN") == null ? this.leader.cookies().get("XSRF-TOKEN")
				: vn.onestop.web.SetCookie.last(page, "XSRF-TOKEN").value();
		return this.client.post().uri(path).cookies(c -> {
			this.leader.cookies().forEach(c::add);
			c.set("XSRF-TOKEN", xsrf);
		}).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue((form.isEmpty() ? "" : form + "&") + "_csrf=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8))
			.exchange().expectBody(String.class).returnResult();
	}

}
