package vn.onestop.web.queue;

import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class KioskPagesTest extends QueuePageTest {

	private static final String TICKETS = "/api/v1/intake/queue/20242/tickets";

	@BeforeEach
	void signInAsTheWardsKiosk() {
		signInAs("/kiosk/20242", "KIOSK", "kiosk-token");
		stubSetup();
	}

	@Test
	void theStartScreenHasABigButtonPerFieldThePriorityGroupsAndAnOptionalPhoneWithItsOwnConsent() {
		Document page = pageAt("/kiosk/20242");

		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/intake/queue/20242/setup"))
			.withHeader("Authorization", equalTo("Bearer kiosk-token")));
		assertThat(page.select("#center-name").text()).isEqualTo("Trung tâm phục vụ hành chính công phường Hải Châu");
		assertThat(page.select("form#take").attr("action")).isEqualTo("/kiosk/20242/tickets");
		assertThat(page.select("button.queue-field").eachText()).containsExactly("A Hộ tịch", "B Đất đai");
		assertThat(page.select("button.queue-field").eachAttr("value")).containsExactly("HO_TICH", "DAT_DAI");
		assertThat(page.select("button.queue-field").eachAttr("name")).containsOnly("field");
		assertThat(page.select("input[name=priority]").eachAttr("value")).containsExactly("", "ELDERLY", "DISABILITY",
				"PREGNANT", "SMALL_CHILDREN", "MERIT");
		assertThat(page.select("input#priority-none").hasAttr("checked")).isTrue();
		assertThat(page.select("label[for=priority-ELDERLY]").text()).isEqualTo("Người cao tuổi");
		assertThat(page.select("input#phone[type=tel]")).hasSize(1);
		assertThat(page.select("input#smsConsent[type=checkbox]").hasAttr("checked")).isFalse();
		assertThat(page.select("label[for=smsConsent]").text()).contains("đồng ý");
		assertThat(page.select("input[name=idempotencyKey]").val()).isNotBlank();
		assertThat(page.select("script[src=/assets/queue/kiosk.js]")).hasSize(1);
		assertThat(page.select(".site-header nav")).as("a citizen at the kiosk is not offered the site's menu").isEmpty();
		assertNoInlineScript(page);
		assertThat(pageAt("/kiosk/20242").select("input[name=idempotencyKey]").val())
			.as("each start screen a new key").isNotEqualTo(page.select("input[name=idempotencyKey]").val());
	}

	@Test
	void touchingAFieldTakesATicketWithTheScreensKeyAndShowsTheSlipToPrint() {
		gateway.server.stubFor(post(urlEqualTo(TICKETS)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody(QueueAnswers.SLIP)));

		EntityExchangeResult<String> answer = posting("/kiosk/20242", "/kiosk/20242/tickets", Map.of("field", "HO_TICH",
				"priority", "ELDERLY", "phone", " 0901234567 ", "smsConsent", "true", "idempotencyKey", "tap-1"));

		assertThat(answer.getStatus().value()).isEqualTo(200);
		LoggedRequest taken = gateway.server.findAll(postRequestedFor(urlEqualTo(TICKETS))).get(0);
		assertThat(taken.getHeader("Authorization")).isEqualTo("Bearer kiosk-token");
		assertThat(taken.getHeader("Idempotency-Key")).isEqualTo("tap-1");
		assertThat(equalToJson("""
				{"field":"HO_TICH","priority":"ELDERLY","phone":"0901234567","smsConsent":true}""")
			.match(taken.getBodyAsString()).isExactMatch()).isTrue();
		Document slip = html(answer);
		assertThat(slip.select("#slip-center").text()).isEqualTo("Trung tâm phục vụ hành chính công phường Hải Châu");
		assertThat(slip.select("#slip-field").text()).isEqualTo("Hộ tịch");
		assertThat(slip.select("#slip-number").text()).isEqualTo("A012");
		assertThat(slip.select("#slip-priority").text()).isEqualTo("Ưu tiên: Người cao tuổi");
		assertThat(slip.select("#slip-ahead").text()).isEqualTo("Trước bạn còn 3 người");
		assertThat(slip.select("#slip-wait").text()).isEqualTo("Thời gian chờ dự kiến: khoảng 25 phút");
		assertThat(slip.select("#slip-time").text()).isEqualTo("Lấy số lúc 08:02 ngày 08/12/2026");
		assertThat(slip.select("main").attr("data-back")).isEqualTo("/kiosk/20242");
		assertThat(slip.select("main").attr("data-autoprint")).isEqualTo("true");
		assertThat(slip.select("a#slip-back").attr("href")).as("without JavaScript, a link back").isEqualTo("/kiosk/20242");
		assertThat(slip.select("script[src=/assets/queue/kiosk.js]")).hasSize(1);
		assertThat(slip.text()).doesNotContain("0901234567");
		assertNoInlineScript(slip);
	}

	@Test
	void aTicketWithoutPhoneOrPrioritySendsNullsAndASlipWithoutEstimateSaysSo() {
		gateway.server.stubFor(post(urlEqualTo(TICKETS)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(QueueAnswers.SLIP.replace("\"ELDERLY\"", "null").replace("25", "null"))));

		Document slip = html(posting("/kiosk/20242", "/kiosk/20242/tickets",
				Map.of("field", "DAT_DAI", "priority", "", "phone", "", "idempotencyKey", "tap-2")));

		assertThat(equalToJson("""
				{"field":"DAT_DAI","priority":null,"phone":null,"smsConsent":false}""")
			.match(gateway.server.findAll(postRequestedFor(urlEqualTo(TICKETS))).get(0).getBodyAsString()).isExactMatch())
			.isTrue();
		assertThat(slip.select("#slip-priority")).isEmpty();
		assertThat(slip.select("#slip-wait").text()).isEqualTo("Thời gian chờ dự kiến: chưa ước tính được");
	}

	@Test
	void theFirstInLineIsToldThereIsNobodyAhead() {
		gateway.server.stubFor(post(urlEqualTo(TICKETS)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody(QueueAnswers.SLIP.replace("\"peopleAhead\":3", "\"peopleAhead\":0").replace("25", "0"))));

		Document slip = html(posting("/kiosk/20242", "/kiosk/20242/tickets", Map.of("field", "HO_TICH", "idempotencyKey", "tap-5")));

		assertThat(slip.select("#slip-ahead").text()).isEqualTo("Không có ai trước bạn");
		assertThat(slip.select("#slip-wait").text()).isEqualTo("Bạn sẽ được mời trong giây lát");
	}

	@Test
	void aDoubleTapSendsTheSameKeyTwiceSoIntakeGivesOneTicket() {
		gateway.server.stubFor(post(urlEqualTo(TICKETS)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody(QueueAnswers.SLIP)));
		String key = pageAt("/kiosk/20242").select("input[name=idempotencyKey]").val();
		Map<String, String> tap = Map.of("field", "HO_TICH", "idempotencyKey", key);

		Document first = html(posting("/kiosk/20242", "/kiosk/20242/tickets", tap));
		Document second = html(posting("/kiosk/20242", "/kiosk/20242/tickets", tap));

		assertThat(gateway.server.findAll(postRequestedFor(urlEqualTo(TICKETS))))
			.extracting(request -> request.getHeader("Idempotency-Key")).containsExactly(key, key);
		assertThat(first.select("#slip-number").text()).isEqualTo(second.select("#slip-number").text()).isEqualTo("A012");
	}

	@Test
	void aRefusalThePagesDoNotKnowShowsIntakesOwnDetail() {
		String detail = "A new rule refused this ticket.";
		gateway.server.stubFor(post(urlEqualTo(TICKETS)).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json").withBody(QueueAnswers.problem(409, "queue-new-rule", detail))));

		Document page = html(posting("/kiosk/20242", "/kiosk/20242/tickets", Map.of("field", "HO_TICH", "idempotencyKey", "tap-4")));

		assertThat(page.select("#kiosk-refusal").text()).isEqualTo(detail);
	}

	@Test
	void aRefusalShowsItsReasonInVietnameseOnTheStartScreenWithANewKey() {
		String detail = "Hộ tịch has given all 200 tickets of today; please come back on the next working day.";
		gateway.server.stubFor(post(urlEqualTo(TICKETS)).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json").withBody(QueueAnswers.problem(409, "queue-cap-reached", detail))));

		EntityExchangeResult<String> answer = posting("/kiosk/20242", "/kiosk/20242/tickets",
				Map.of("field", "HO_TICH", "idempotencyKey", "tap-3"));

		assertThat(answer.getStatus().value()).isEqualTo(409);
		Document page = html(answer);
		assertThat(page.select("#kiosk-refusal").text())
			.isEqualTo("Lĩnh vực Hộ tịch đã hết số thứ tự của hôm nay. Mời ông/bà quay lại vào ngày làm việc tiếp theo.");
		assertThat(page.select("#kiosk-refusal").attr("role")).isEqualTo("alert");
		assertThat(page.select("button.queue-field")).hasSize(2);
		assertThat(page.select("input[name=idempotencyKey]").val()).isNotBlank().isNotEqualTo("tap-3");
		assertThat(page.select("#slip-number")).isEmpty();
	}

	@Test
	void aPhoneWithoutConsentComesBackWithIntakesFieldErrorBesideTheConsentAndThePhoneKept() {
		gateway.server.stubFor(post(urlEqualTo(TICKETS)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:validation","status":400,"errors":[{"field":"smsConsent","message":"must be true when a phone is given"}]}""")));

		EntityExchangeResult<String> answer = posting("/kiosk/20242", "/kiosk/20242/tickets",
				Map.of("field", "HO_TICH", "phone", "0901234567", "idempotencyKey", "tap-4"));

		assertThat(answer.getStatus().value()).isEqualTo(400);
		Document page = html(answer);
		assertThat(page.select("#smsConsent-error").text()).isNotBlank();
		assertThat(page.select("#smsConsent").attr("aria-describedby")).isEqualTo("smsConsent-error");
		assertThat(page.select("#smsConsent").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#phone").val()).isEqualTo("0901234567");
		assertThat(page.select("#kiosk-problem").text()).startsWith("Chưa lấy được số.");
	}

	@Test
	void anotherWardsKioskIsRefusedByIntakeAndSaysSoPlainly() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/queue/00004/setup")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json").withBody(QueueAnswers.problem(403, "forbidden", "x"))));

		EntityExchangeResult<String> answer = getting("/kiosk/00004");

		assertThat(answer.getStatus().value()).isEqualTo(403);
		assertThat(html(answer).select("main .alert").text()).isEqualTo("Bạn không có quyền xem trang này.");
	}

	@Test
	void aWardWithoutSetUpIsNotFound() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/queue/00004/setup")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json").withBody(QueueAnswers.problem(404, "queue-not-set-up", "x"))));

		assertThat(getting("/kiosk/00004").getStatus().value()).isEqualTo(404);
		assertThat(getting("/kiosk/2024").getStatus().value()).as("not a ward code").isEqualTo(404);
	}

	@Test
	void takingNeedsTheFormsCsrfTokenAndTheKioskNeedsASignIn() {
		assertThat(postingWithoutCsrf("/kiosk/20242/tickets", Map.of("field", "HO_TICH")).getStatus().value()).isEqualTo(403);
		this.cookies = new LinkedHashMap<>();
		assertThat(getting("/kiosk/20242").getStatus().value()).isEqualTo(302);
		gateway.server.verify(0, postRequestedFor(urlEqualTo(TICKETS)));
	}

}
