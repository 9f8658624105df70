package vn.onestop.web.queue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The waiting-room display: public, no sign-in, only the board's numbers. */
class DisplayPagesTest extends QueuePageTest {

	private static final String BOARD = "/api/v1/intake/queue/20242/board";

	@Test
	void showsTheLastCallsNewestLargeAndHowManyWaitPerFieldWithoutSignIn() {
		gateway.server.stubFor(get(urlEqualTo(BOARD)).willReturn(okJson(QueueAnswers.BOARD)));

		Document page = pageAt("/display/20242");

		gateway.server.verify(getRequestedFor(urlEqualTo(BOARD)).withHeader("Authorization", absent()));
		assertThat(page.select("#display-center").text()).isEqualTo("Phường Hải Châu");
		assertThat(page.select("#newest-call").text()).isEqualTo("A012 → Quầy 3");
		assertThat(page.select("#newest-sentence").text()).isEqualTo("Mời công dân có số A012 đến quầy số 3");
		assertThat(page.select("#newest-call").attr("data-speech")).isEqualTo("Mời công dân có số A không một hai đến quầy số 3");
		assertThat(page.select("#recent-calls li").eachText()).containsExactly("B004 → Quầy 2", "A011 → Quầy 1");
		assertThat(page.select("#recent-calls li").eachAttr("data-speech")).containsExactly(
				"Mời công dân có số bê không không bốn đến quầy số 2", "Mời công dân có số A không một một đến quầy số 1");
		assertThat(page.select("#recent-calls li").eachAttr("data-sentence")).containsExactly(
				"Mời công dân có số B004 đến quầy số 2", "Mời công dân có số A011 đến quầy số 1");
		assertThat(page.select("[data-call]").eachAttr("data-call")).containsExactly("A012@3@2026-12-08T01:14:00Z",
				"B004@2@2026-12-08T01:10:00Z", "A011@1@2026-12-08T01:05:00Z");
		assertThat(page.select("#waiting-per-field tbody tr").eachText()).containsExactly("A Hộ tịch 4", "B Đất đai 0");
		assertThat(page.select("#display-updated").text()).isEqualTo("Cập nhật lúc 08:15");
		assertThat(page.select("main").attr("data-events")).isEqualTo("/api/v1/intake/queue/20242/events");
		assertThat(page.select("main").attr("data-board")).isEqualTo("/display/20242/board");
		assertThat(page.select("script[src=/assets/queue/display.js]")).hasSize(1);
		assertThat(page.select("#display-announce").attr("aria-live")).isEqualTo("assertive");
		assertThat(page.select("button#sound-on")).hasSize(1);
		assertNoInlineScript(page);
	}

	@Test
	void theDisplayKeepsTheSitesContentSecurityPolicyAndItsStreamIsSameOrigin() {
		gateway.server.stubFor(get(urlEqualTo(BOARD)).willReturn(okJson(QueueAnswers.BOARD)));

		EntityExchangeResult<String> answer = getting("/display/20242");

		assertThat(answer.getResponseHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'")
			.contains("connect-src 'self'").doesNotContain("unsafe-inline");
		assertThat(html(answer).select("html").attr("lang")).isEqualTo("vi");
		assertThat(html(answer).select("a.skip[href=#main]")).hasSize(1);
		assertThat(html(answer).select("main").attr("data-events")).startsWith("/");
	}

	@Test
	void theBoardFragmentIsWhatTheScriptSwapsIn() {
		gateway.server.stubFor(get(urlEqualTo(BOARD)).willReturn(okJson(QueueAnswers.BOARD)));

		Document fragment = pageAt("/display/20242/board");

		assertThat(fragment.select("#board #newest-call").text()).isEqualTo("A012 → Quầy 3");
		assertThat(fragment.select("main, header, script")).isEmpty();
	}

	@Test
	void beforeTheFirstCallTheDisplaySaysSo() {
		gateway.server.stubFor(get(urlEqualTo(BOARD)).willReturn(okJson(QueueAnswers.BOARD
			.replaceAll("\"lastCalls\":\\[[^\\]]*\\]", "\"lastCalls\":[]"))));

		Document page = pageAt("/display/20242");

		assertThat(page.select("#no-calls").text()).isEqualTo("Chưa gọi số nào hôm nay.");
		assertThat(page.select("[data-call]")).isEmpty();
	}

	@Test
	void showsNoPersonalDataEvenIfTheBoardCarriedSomeAndAsksTheApiNothingElse() {
		gateway.server.stubFor(get(urlEqualTo(BOARD)).willReturn(okJson(QueueAnswers.BOARD.replace(
				"{\"number\":\"A012\",\"counter\":3,",
				"{\"number\":\"A012\",\"counter\":3,\"phone\":\"0901234567\",\"fullName\":\"Nguyễn Văn An\",\"idNumber\":\"038087042028\","))));

		EntityExchangeResult<String> answer = getting("/display/20242");

		assertThat(answer.getStatus().value()).isEqualTo(200);
		assertThat(answer.getResponseBody()).doesNotContain("0901234567", "Nguyễn Văn An", "038087042028");
		gateway.server.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void aWardWithoutQueueIsNotFound() {
		gateway.server.stubFor(get(urlEqualTo("/api/v1/intake/queue/00004/board")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json").withBody(QueueAnswers.problem(404, "queue-not-set-up", "x"))));

		EntityExchangeResult<String> answer = getting("/display/00004");

		assertThat(answer.getStatus().value()).isEqualTo(404);
		assertThat(html(answer).select("main .alert").text()).isEqualTo("Không tìm thấy trang này.");
	}

}
