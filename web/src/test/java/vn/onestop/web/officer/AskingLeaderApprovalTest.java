package vn.onestop.web.officer;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.web.officer.Fixtures.CODE;

/**
 * A second supplement request or apology, which intake refuses to an officer (409 leader-approval-required): the
 * dossier page offers to ask the ward leader, posting the same form to intake's approval-request endpoint, and then
 * shows that the request waits.
 */
class AskingLeaderApprovalTest extends OfficerPageTest {

	private static final String DOSSIER = "/api/v1/intake/dossiers/" + CODE;

	private static final String APPROVALS = "/api/v1/intake/approval-requests";

	private static final String ASK_SUPPLEMENT = "/officer/dossiers/" + CODE + "/approval-requests/request-supplement";

	private static final String ASK_APOLOGY = "/officer/dossiers/" + CODE + "/approval-requests/apologize";

	private static final String WAITING_SUPPLEMENT = """
			{"id":"3f1c2a52-8f0e-4a8e-9a55-0c5f6f3b1a01","dossierCode":"%s","procedureName":"Cấp Giấy xác nhận tình trạng hôn nhân",
			 "wardCode":"20242","action":"request-supplement","reason":null,"missingItems":["Bản sao giấy khai sinh"],
			 "newAppointmentAt":null,"appointmentAt":"2026-12-10T09:30:00+07:00","requestedBy":"demo-officer",
			 "requestedAt":"2026-12-08T02:05:00Z","status":"PENDING"}""";

	@BeforeEach
	void dossierInProgressThatAllowsBoth() {
		gateway.server.stubFor(get(urlEqualTo(DOSSIER)).willReturn(okJson(Fixtures.dossier(4, "Đang xử lý",
				"[\"request-supplement\",\"apologize\",\"result-ready\"]", 600L, false))));
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/receipt")).willReturn(okJson(Fixtures.receipt())));
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/history")).willReturn(okJson(Fixtures.history())));
		waiting("[]");
	}

	@Test
	void aSecondSupplementRequestRefusedForWantOfALeaderOffersToAskTheLeaderFromTheSameForm() {
		refuse("request-supplement", 409, "leader-approval-required", "");

		EntityExchangeResult<String> answer = posting("/officer/dossiers/" + CODE + "/actions/request-supplement",
				Map.of("missingItems", "Bản sao giấy khai sinh", "reason", "Bản cũ bị mờ"), false);

		assertThat(answer.getStatus().value()).isEqualTo(409);
		Document page = html(answer);
		assertNoInlineScript(page);
		assertThat(page.select("#action-problem").text()).isEqualTo("Lần thứ hai cần lãnh đạo phường thực hiện hoặc phê duyệt.");
		Element ask = page.selectFirst("#ask-approval-request-supplement");
		assertThat(ask).isNotNull();
		assertThat(ask.text()).isEqualTo("Xin lãnh đạo phê duyệt");
		assertThat(ask.attr("type")).isEqualTo("submit");
		assertThat(ask.attr("formaction")).isEqualTo(ASK_SUPPLEMENT);
		Element form = ask.closest("form");
		assertThat(form.attr("action")).isEqualTo("/officer/dossiers/" + CODE + "/actions/request-supplement");
		assertThat(form.select("#request-supplement-missingItems").val()).isEqualTo("Bản sao giấy khai sinh");
		assertThat(form.select("#request-supplement-reason").val()).isEqualTo("Bản cũ bị mờ");
		assertThat(form.select("input[name=_csrf]").val()).isNotBlank();
		assertThat(page.select("#form-request-supplement").hasAttr("open")).isTrue();
		assertThat(page.select("#ask-approval-apologize")).as("only in the refused action's form").isEmpty();
	}

	@Test
	void askingTheLeaderPostsTheFormToTheApprovalRequestEndpointAndThePageShowsThatItWaits() {
		gateway.server.stubFor(post(urlEqualTo(DOSSIER + "/approval-requests"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody(WAITING_SUPPLEMENT.formatted(CODE))));

		EntityExchangeResult<String> answer = posting(ASK_SUPPLEMENT,
				Map.of("missingItems", "Bản sao giấy khai sinh\n\n Ảnh 4x6 ", "reason", "Bản cũ bị mờ"), false);

		assertThat(answer.getStatus().value()).isEqualTo(303);
		assertThat(answer.getResponseHeaders().getLocation()).hasToString("/officer/dossiers/" + CODE + "?asked=request-supplement");
		gateway.server.verify(postRequestedFor(urlEqualTo(DOSSIER + "/approval-requests"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withRequestBody(equalToJson("{\"action\":\"request-supplement\",\"missingItems\":[\"Bản sao giấy khai sinh\",\"Ảnh 4x6\"],"
					+ "\"reason\":\"Bản cũ bị mờ\"}")));
		gateway.server.verify(0, postRequestedFor(urlPathMatching(".*/actions/.*")));

		waiting("[" + WAITING_SUPPLEMENT.formatted(CODE) + "," + WAITING_SUPPLEMENT.formatted("20242-261207-0099") + "]");
		Document page = officerPage("/officer/dossiers/" + CODE + "?asked=request-supplement");
		assertThat(page.select("#asked").text()).isEqualTo("Đã gửi đề nghị lãnh đạo phê duyệt. Hồ sơ đang chờ lãnh đạo quyết định.");
		assertThat(page.select("#approval-waiting h2").text()).isEqualTo("Đang chờ lãnh đạo phê duyệt");
		assertThat(page.select("#approval-waiting > ul > li")).as("this dossier's request only").hasSize(1);
		assertThat(page.select("#approval-waiting > ul > li").text()).contains("Yêu cầu bổ sung hồ sơ lần hai",
				"Cán bộ demo-officer đề nghị lúc 08/12/2026 09:05", "Bản sao giấy khai sinh");
	}

	@Test
	void theWaitingRequestIsShownOnEveryLaterVisitNotOnlyAfterAsking() {
		waiting("[" + WAITING_SUPPLEMENT.formatted(CODE) + "]");

		Document page = officerPage("/officer/dossiers/" + CODE);

		assertThat(page.select("#asked")).isEmpty();
		assertThat(page.select("#approval-waiting li").text()).contains("Yêu cầu bổ sung hồ sơ lần hai", "demo-officer");
		gateway.server.verify(getRequestedFor(urlEqualTo(APPROVALS))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
	}

	@Test
	void aSecondApologyAsksTheLeaderWithItsReasonAndNewAppointment() {
		refuse("apologize", 409, "leader-approval-required", "");
		EntityExchangeResult<String> refused = posting("/officer/dossiers/" + CODE + "/actions/apologize",
				Map.of("reason", "Chờ xác minh", "newAppointmentAt", "2026-12-14T09:00"), false);
		assertThat(html(refused).select("#ask-approval-apologize").attr("formaction")).isEqualTo(ASK_APOLOGY);
		gateway.server.stubFor(post(urlEqualTo(DOSSIER + "/approval-requests"))
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));

		EntityExchangeResult<String> answer = posting(ASK_APOLOGY,
				Map.of("reason", "Chờ xác minh", "newAppointmentAt", "2026-12-14T09:00"), false);

		assertThat(answer.getStatus().value()).isEqualTo(303);
		gateway.server.verify(postRequestedFor(urlEqualTo(DOSSIER + "/approval-requests")).withRequestBody(equalToJson(
				"{\"action\":\"apologize\",\"reason\":\"Chờ xác minh\",\"newAppointmentAt\":\"2026-12-14T09:00\"}")));
	}

	@Test
	void whileARequestWaitsTheLeaderIsNotAskedAgainAndASecondAskSaysWhy() {
		waiting("[" + WAITING_SUPPLEMENT.formatted(CODE) + "]");
		refuse("apologize", 409, "leader-approval-required", "");

		Document refused = html(posting("/officer/dossiers/" + CODE + "/actions/apologize",
				Map.of("reason", "Chờ xác minh", "newAppointmentAt", "2026-12-14T09:00"), false));

		assertThat(refused.select("#ask-approval-apologize")).isEmpty();
		assertThat(refused.select("#approval-waiting")).hasSize(1);

		gateway.server.stubFor(post(urlEqualTo(DOSSIER + "/approval-requests")).willReturn(problem(409, "approval-pending", "")));
		EntityExchangeResult<String> again = posting(ASK_APOLOGY,
				Map.of("reason", "Chờ xác minh", "newAppointmentAt", "2026-12-14T09:00"), false);

		assertThat(again.getStatus().value()).isEqualTo(409);
		assertThat(html(again).select("#action-problem").text())
			.isEqualTo("Hồ sơ đã có một đề nghị đang chờ lãnh đạo phê duyệt; cần chờ lãnh đạo quyết định trước.");
	}

	@Test
	void aFieldErrorOfTheApprovalRequestIsShownBesideItsFieldAndTheLeaderCanBeAskedAgain() {
		gateway.server.stubFor(post(urlEqualTo(DOSSIER + "/approval-requests")).willReturn(problem(422, "action-details",
				",\"errors\":[{\"field\":\"newAppointmentAt\",\"message\":\"must be after the current appointment\"}]")));

		EntityExchangeResult<String> answer = posting(ASK_APOLOGY,
				Map.of("reason", "Chờ xác minh", "newAppointmentAt", "2026-12-09T09:00"), false);

		assertThat(answer.getStatus().value()).isEqualTo(422);
		Document page = html(answer);
		assertThat(page.select("#apologize-newAppointmentAt-error").text()).isEqualTo("Phải sau ngày hẹn trả hiện tại.");
		assertThat(page.select("#apologize-newAppointmentAt").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#apologize-newAppointmentAt").val()).isEqualTo("2026-12-09T09:00");
		assertThat(page.select("#ask-approval-apologize").attr("formaction")).isEqualTo(ASK_APOLOGY);
	}

	@Test
	void aFirstRequestRefusedForAnotherReasonDoesNotOfferTheLeader() {
		refuse("request-supplement", 422, "action-details",
				",\"errors\":[{\"field\":\"missingItems\",\"message\":\"is required to request-supplement\"}]");

		Document page = html(posting("/officer/dossiers/" + CODE + "/actions/request-supplement",
				Map.of("missingItems", ""), false));

		assertThat(page.select("#request-supplement-missingItems-error").text()).isEqualTo("Vui lòng ghi các giấy tờ cần bổ sung.");
		assertThat(page.select("[id^=ask-approval]")).isEmpty();
	}

	@Test
	void onlySupplementRequestsAndApologiesGoToTheLeaderAndNeverWithoutTheFormsCsrfToken() {
		EntityExchangeResult<String> other = posting("/officer/dossiers/" + CODE + "/approval-requests/result-ready", Map.of(), false);
		EntityExchangeResult<String> forged = postingWithoutCsrf(ASK_SUPPLEMENT, Map.of("missingItems", "Ảnh 4x6"));

		assertThat(other.getStatus().value()).isEqualTo(404);
		assertThat(forged.getStatus().value()).isEqualTo(403);
		gateway.server.verify(0, postRequestedFor(urlEqualTo(DOSSIER + "/approval-requests")));
	}

	private static void waiting(String json) {
		gateway.server.stubFor(get(urlEqualTo(APPROVALS)).willReturn(okJson(json)));
	}

	private static void refuse(String action, int status, String kind, String more) {
		gateway.server.stubFor(post(urlEqualTo(DOSSIER + "/actions/" + action)).willReturn(problem(status, kind, more)));
	}

	private static ResponseDefinitionBuilder problem(int status, String kind, String more) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:onestop:problem:" + kind + "\",\"status\":" + status + more + "}");
	}

}
