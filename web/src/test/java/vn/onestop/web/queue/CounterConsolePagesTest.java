package vn.onestop.web.queue;

import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.web.SetCookie;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class CounterConsolePagesTest extends QueuePageTest {

	private static final String TICKETS = "/api/v1/intake/queue/20242/tickets";

	private static final String CALLED_AT_3 = QueueAnswers.ticket("A012", "HO_TICH", "Hộ tịch", "CALLED", 3,
			"\"recall\",\"no-show\",\"start\",\"transfer\"");

	private static final String SERVING_AT_3 = QueueAnswers.ticket("A012", "HO_TICH", "Hộ tịch", "SERVING", 3,
			"\"transfer\",\"finish\"");

	private static final String OTHERS = String.join(",",
			QueueAnswers.ticket("A014", "HO_TICH", "Hộ tịch", "CALLED", 1, "\"recall\""),
			QueueAnswers.ticket("A013", "HO_TICH", "Hộ tịch", "WAITING", null, "\"transfer\""),
			QueueAnswers.ticket("B005", "DAT_DAI", "Đất đai", "WAITING", null, "\"transfer\""));

	@BeforeEach
	void signInAsAnOfficer() {
		signInAs("/counter", "OFFICER", "officer-token");
		stubSetup();
	}

	private static void stubTickets(String... tickets) {
		gateway.server.stubFor(get(urlPathEqualTo(TICKETS)).willReturn(okJson(QueueAnswers.tickets(tickets))));
	}

	@Test
	void withoutACounterChosenTheOfficerPicksOneOfTheCentresCounters() {
		Document page = pageAt("/counter");

		assertThat(page.select("h1").text()).isEqualTo("Chọn quầy làm việc");
		assertThat(page.select("#counter-choices a").eachAttr("href")).containsExactly("/counter?counter=1&ward=20242",
				"/counter?counter=2&ward=20242", "/counter?counter=3&ward=20242");
		assertThat(page.select("#counter-choices li").eachText()).containsExactly("Quầy số 1 Hộ tịch", "Quầy số 2 Đất đai",
				"Quầy số 3 Hộ tịch, Đất đai");
		assertThat(page.select(".site-header nav a.active").text()).isEqualTo("Quầy tiếp dân");
	}

	@Test
	void showsTheTicketTheCounterHoldsWithOnlyTheAllowedActionsAndTheWaitingListOfItsFields() {
		stubTickets(CALLED_AT_3, OTHERS);

		EntityExchangeResult<String> answer = getting("/counter?counter=3");
		Document page = html(answer);

		assertThat(answer.getStatus().value()).isEqualTo(200);
		gateway.server.verify(getRequestedFor(urlPathEqualTo(TICKETS)).withQueryParam("status", equalTo("WAITING,CALLED,SERVING,NO_SHOW"))
			.withHeader("Authorization", equalTo("Bearer officer-token")));
		assertThat(page.select("h1").text()).isEqualTo("Quầy số 3");
		assertThat(page.select("#console-fields").text()).isEqualTo("Lĩnh vực: Hộ tịch, Đất đai");
		assertThat(page.select("#current-number").text()).isEqualTo("A012");
		assertThat(page.select("#current-status").text()).isEqualTo("Đã gọi, chờ công dân đến quầy");
		assertThat(page.select("#current-actions button").eachText()).containsExactly("Bắt đầu phục vụ", "Gọi lại", "Vắng mặt");
		assertThat(page.select("#current-actions form").eachAttr("action")).containsExactly("/counter/tickets/A012/start",
				"/counter/tickets/A012/recall", "/counter/tickets/A012/no-show");
		assertThat(page.select("#transfer-field option").eachAttr("value")).containsExactly("DAT_DAI");
		assertThat(page.select("#finish-form, #call-next, #file-from-ticket")).isEmpty();
		assertThat(page.select("#waiting-heading").text()).isEqualTo("Đang chờ: 2 người");
		assertThat(page.select("#waiting-list li .queue-number").eachText()).containsExactly("A013", "B005");
		assertThat(page.select("main").attr("data-events")).isEqualTo("/api/v1/intake/queue/20242/events");
		assertThat(page.select("main").attr("data-waiting")).isEqualTo("/counter/waiting?counter=3&ward=20242");
		assertThat(page.select("script[src=/assets/queue/counter.js]")).hasSize(1);
		assertNoInlineScript(page);
		assertThat(SetCookie.last(answer, "QUEUE_COUNTER").value()).isEqualTo("3");

		Document counterOne = pageAt("/counter?counter=1");
		assertThat(counterOne.select("#current-number").text()).isEqualTo("A014");
		assertThat(counterOne.select("#waiting-list li .queue-number").eachText()).containsExactly("A013");
	}

	@Test
	void theCounterIsRememberedInACookie() {
		stubTickets(OTHERS);

		EntityExchangeResult<String> answer = this.client.get().uri("/counter").cookies(c -> {
			this.cookies.forEach(c::add);
			c.add("QUEUE_COUNTER", "2");
		}).exchange().expectBody(String.class).returnResult();

		assertThat(html(answer).select("h1").text()).isEqualTo("Quầy số 2");
		assertThat(html(answer).select("#console-idle").text()).isEqualTo("Quầy đang trống.");
		assertThat(html(answer).select("form:has(#call-next)").attr("action")).isEqualTo("/counter/call");
		assertThat(html(answer).select("#waiting-list li .queue-number").eachText()).containsExactly("B005");
	}

	@Test
	void aCounterTheCentreDoesNotHaveOffersTheChooser() {
		EntityExchangeResult<String> answer = getting("/counter?counter=15");

		assertThat(answer.getStatus().value()).isEqualTo(404);
		assertThat(html(answer).select("#unknown-counter").text()).isEqualTo("Trung tâm không có quầy số 15. Vui lòng chọn quầy.");
	}

	@Test
	void callingNextPostsTheCounterWithTheOfficersTokenAndShowsTheConsoleAgain() {
		stubTickets(OTHERS);
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/queue/20242/counters/3/call"))
			.willReturn(okJson(CALLED_AT_3)));

		EntityExchangeResult<String> answer = posting("/counter?counter=3", "/counter/call", Map.of("ward", "20242", "counter", "3"));

		assertThat(answer.getStatus().value()).isEqualTo(303);
		assertThat(answer.getResponseHeaders().getLocation()).hasToString("/counter?counter=3&ward=20242");
		gateway.server.verify(postRequestedFor(urlEqualTo("/api/v1/intake/queue/20242/counters/3/call"))
			.withHeader("Authorization", equalTo("Bearer officer-token")));
	}

	@Test
	void whenNobodyWaitsTheConsoleSaysSo() {
		stubTickets(OTHERS);
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/queue/20242/counters/3/call")).willReturn(aResponse().withStatus(204)));

		EntityExchangeResult<String> answer = posting("/counter?counter=3", "/counter/call", Map.of("ward", "20242", "counter", "3"));

		assertThat(answer.getStatus().value()).isEqualTo(200);
		assertThat(html(answer).select("#console-notice").text()).isEqualTo("Không còn ai đang chờ ở các lĩnh vực của quầy này.");
	}

	@Test
	void aBusyCounterIsRefusedWithIntakesVietnameseReason() {
		stubTickets(CALLED_AT_3, OTHERS);
		String detail = "Counter 3 still holds A012.";
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/queue/20242/counters/3/call")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json").withBody(QueueAnswers.problem(409, "queue-counter-busy", detail))));

		EntityExchangeResult<String> answer = posting("/counter?counter=3", "/counter/call", Map.of("ward", "20242", "counter", "3"));

		assertThat(answer.getStatus().value()).isEqualTo(409);
		assertThat(html(answer).select("#console-refusal").text())
			.isEqualTo("Quầy đang có một số chưa xong: hãy hoàn tất số đó trước khi gọi số mới.");
		assertThat(html(answer).select("#current-number").text()).isEqualTo("A012");
	}

	@Test
	void eachActionPostsWhatIntakeNeedsWithTheActingCounter() {
		stubTickets(SERVING_AT_3, OTHERS);
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/queue/20242/tickets/A012/actions/start")).willReturn(okJson(SERVING_AT_3)));
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/queue/20242/tickets/A012/actions/transfer")).willReturn(okJson(SERVING_AT_3)));
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/queue/20242/tickets/A012/actions/finish")).willReturn(okJson(SERVING_AT_3)));

		assertThat(posting("/counter?counter=3", "/counter/tickets/A012/start", Map.of("ward", "20242", "counter", "3"))
			.getStatus().value()).isEqualTo(303);
		posting("/counter?counter=3", "/counter/tickets/A012/transfer", Map.of("ward", "20242", "counter", "3", "field", "DAT_DAI"));
		posting("/counter?counter=3", "/counter/tickets/A012/finish",
				Map.of("ward", "20242", "counter", "3", "outcome", "REFUSED", "reason", "Không đủ thẩm quyền"));
		posting("/counter?counter=3", "/counter/tickets/A012/finish",
				Map.of("ward", "20242", "counter", "3", "outcome", "FILED", "reason", ""));

		assertThat(body("start", 0)).isEqualTo("{\"counter\":3}");
		assertThat(equalToJson("{\"counter\":3,\"field\":\"DAT_DAI\"}").match(body("transfer", 0)).isExactMatch()).isTrue();
		assertThat(equalToJson("{\"counter\":3,\"outcome\":\"REFUSED\",\"reason\":\"Không đủ thẩm quyền\"}")
			.match(body("finish", 0)).isExactMatch()).isTrue();
		assertThat(equalToJson("{\"counter\":3,\"outcome\":\"FILED\"}").match(body("finish", 1)).isExactMatch()).isTrue();
		assertThat(gateway.server.findAll(postRequestedFor(urlPathEqualTo("/api/v1/intake/queue/20242/tickets/A012/actions/start"))).get(0)
			.getHeader("Authorization")).isEqualTo("Bearer officer-token");
	}

	@Test
	void aTicketBeingServedLinksToTheFilingFormWithTheTicketAndOffersTheOutcomes() {
		stubTickets(SERVING_AT_3, OTHERS);

		Document page = pageAt("/counter?counter=3");

		assertThat(page.select("#current-status").text()).isEqualTo("Đang phục vụ");
		assertThat(page.select("a#file-from-ticket").attr("href")).isEqualTo("/officer/file?ticket=A012");
		assertThat(page.select("#finish-form input[name=outcome]").eachAttr("value")).containsExactly("FILED", "GUIDANCE", "REFUSED");
		assertThat(page.select("#finish-form label[for=outcome-FILED]").text()).isEqualTo("Đã tiếp nhận hồ sơ");
		assertThat(page.select("#current-actions button")).isEmpty();
	}

	@Test
	void aFinishIntakeRefusesShowsItsFieldErrorBesideTheInput() {
		stubTickets(SERVING_AT_3, OTHERS);
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/queue/20242/tickets/A012/actions/finish")).willReturn(aResponse()
			.withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:validation","status":400,"errors":[{"field":"reason","message":"must not be blank"}]}""")));

		EntityExchangeResult<String> answer = posting("/counter?counter=3", "/counter/tickets/A012/finish",
				Map.of("ward", "20242", "counter", "3", "outcome", "REFUSED", "reason", ""));

		assertThat(answer.getStatus().value()).isEqualTo(400);
		Document page = html(answer);
		assertThat(page.select("#reason-error").text()).isEqualTo("Không được để trống.");
		assertThat(page.select("#reason").attr("aria-describedby")).isEqualTo("reason-error");
	}

	@Test
	void aNoShowOfTheCountersFieldsWhoCameBackIsReactivated() {
		stubTickets(OTHERS, QueueAnswers.ticket("A009", "HO_TICH", "Hộ tịch", "NO_SHOW", 1, "\"reactivate\""),
				QueueAnswers.ticket("B002", "DAT_DAI", "Đất đai", "NO_SHOW", 2, "\"reactivate\""));
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/queue/20242/tickets/A009/actions/reactivate"))
			.willReturn(okJson(QueueAnswers.ticket("A009", "HO_TICH", "Hộ tịch", "WAITING", null, "\"transfer\""))));

		Document page = pageAt("/counter?counter=1");
		assertThat(page.select("#no-shows li .queue-number").eachText()).containsExactly("A009");
		EntityExchangeResult<String> answer = posting("/counter?counter=1", "/counter/tickets/A009/reactivate",
				Map.of("ward", "20242", "counter", "1"));

		assertThat(answer.getStatus().value()).isEqualTo(303);
		gateway.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/intake/queue/20242/tickets/A009/actions/reactivate"))
			.withHeader("Authorization", equalTo("Bearer officer-token")));
	}

	@Test
	void aRefusedActionShowsIntakesReason() {
		stubTickets(CALLED_AT_3, OTHERS);
		String detail = "A012 is served by counter 3.";
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/queue/20242/tickets/A012/actions/recall")).willReturn(aResponse()
			.withStatus(409).withHeader("Content-Type", "application/problem+json")
			.withBody(QueueAnswers.problem(409, "queue-other-counter", detail))));

		EntityExchangeResult<String> answer = posting("/counter?counter=3", "/counter/tickets/A012/recall",
				Map.of("ward", "20242", "counter", "3"));

		assertThat(answer.getStatus().value()).isEqualTo(409);
		assertThat(html(answer).select("#console-refusal").text()).isEqualTo("Số này đang do một quầy khác phục vụ.");
	}

	@Test
	void theWaitingListFragmentIsWhatTheScriptSwapsIn() {
		stubTickets(CALLED_AT_3, OTHERS);

		Document fragment = pageAt("/counter/waiting?counter=3");

		assertThat(fragment.select("#waiting #waiting-list li .queue-number").eachText()).containsExactly("A013", "B005");
		assertThat(fragment.select("main, header, #current")).isEmpty();
	}

	@Test
	void anotherWardsQueueIsRefusedByIntake() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/queue/20242/setup")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json").withBody(QueueAnswers.problem(403, "forbidden", "x"))));

		EntityExchangeResult<String> answer = getting("/counter?counter=3");

		assertThat(answer.getStatus().value()).isEqualTo(403);
		assertThat(html(answer).select("main .alert").text()).isEqualTo("Bạn không có quyền xem trang này.");
	}

	@Test
	void actionsNeedTheFormsCsrfToken() {
		assertThat(postingWithoutCsrf("/counter/call", Map.of("ward", "20242", "counter", "3")).getStatus().value()).isEqualTo(403);
		gateway.server.verify(0, postRequestedFor(urlEqualTo("/api/v1/intake/queue/20242/counters/3/call")));
	}

	private static String body(String action, int index) {
		LoggedRequest request = gateway.server.findAll(postRequestedFor(
				urlPathEqualTo("/api/v1/intake/queue/20242/tickets/A012/actions/" + action))).get(index);
		return request.getBodyAsString();
	}

}
