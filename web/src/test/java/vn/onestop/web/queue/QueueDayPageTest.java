package vn.onestop.web.queue;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class QueueDayPageTest extends QueuePageTest {

	private static final String STATISTICS = "/api/v1/intake/queue/20242/statistics";

	@BeforeEach
	void signInAsTheLeader() {
		signInAs("/leader/queue", "WARD_LEADER", "leader-token");
	}

	@Test
	void showsTodaysTicketsPerFieldTheTimesTheNoShowRateAndEachCounterAsIntakeGaveThem() {
		gateway.server.stubFor(get(urlPathEqualTo(STATISTICS)).willReturn(okJson(QueueAnswers.STATISTICS)));

		Document page = pageAt("/leader/queue");

		String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		gateway.server.verify(getRequestedFor(urlPathEqualTo(STATISTICS)).withQueryParam("day", equalTo(today))
			.withHeader("Authorization", equalTo("Bearer leader-token")));
		assertThat(page.select("input#day").val()).isEqualTo(today);
		assertThat(page.select("#queue-day-date").text()).isEqualTo("Ngày 08/12/2026");
		assertThat(page.select("#issued-count").text()).isEqualTo("50");
		assertThat(page.select("#served-count").text()).isEqualTo("36");
		assertThat(page.select("#no-show-rate").text()).isEqualTo("6,0 %");
		assertThat(page.select("#queue-fields thead th").eachText()).containsExactly("Lĩnh vực", "Đã cấp số", "Đã phục vụ",
				"Vắng mặt", "Không được phục vụ", "Đang chờ", "Thời gian chờ (trung vị / 90 %)",
				"Thời gian phục vụ (trung vị / 90 %)");
		assertThat(page.select("#queue-fields tbody tr").eachText()).containsExactly(
				"Hộ tịch 40 30 2 0 8 12,5 / 31,0 phút 8,0 / 15,5 phút", "Đất đai 10 6 1 3 0 — / — phút 20,0 / 42,0 phút");
		assertThat(page.select("#queue-fields tfoot tr").text()).isEqualTo("Toàn trung tâm 50 36 3 3 8 14,0 / 33,5 phút 9,0 / 30,0 phút");
		assertThat(page.select("#queue-counters tbody tr").eachText()).containsExactly("Quầy số 1 20 7,0 / 14,0 phút",
				"Quầy số 2 16 18,5 / 40,0 phút");
		assertThat(page.select(".site-header nav a.active").text()).isEqualTo("Lãnh đạo phường");
		assertNoInlineScript(page);
	}

	@Test
	void aChosenDayGoesToIntakeAsTypedAndItsFieldErrorShowsBesideTheInput() {
		gateway.server.stubFor(get(urlPathEqualTo(STATISTICS)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:validation","status":400,"errors":[{"field":"day","message":"must not be blank"}]}""")));

		EntityExchangeResult<String> answer = getting("/leader/queue?day=2026-13-01");

		assertThat(answer.getStatus().value()).isEqualTo(400);
		gateway.server.verify(getRequestedFor(urlPathEqualTo(STATISTICS)).withQueryParam("day", equalTo("2026-13-01")));
		Document page = html(answer);
		assertThat(page.select("#day-error").text()).isEqualTo("Không được để trống.");
		assertThat(page.select("input#day").attr("aria-describedby")).isEqualTo("day-error");
		assertThat(page.select("input#day").val()).isEqualTo("2026-13-01");
		assertThat(page.select("#queue-day")).isEmpty();
	}

	@Test
	void anotherWardsDayIsRefusedByIntake() {
		gateway.server.stubFor(get(urlPathEqualTo(STATISTICS)).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json").withBody(QueueAnswers.problem(403, "forbidden", "x"))));

		EntityExchangeResult<String> answer = getting("/leader/queue");

		assertThat(answer.getStatus().value()).isEqualTo(403);
		assertThat(html(answer).select("main .alert").text()).isEqualTo("Bạn không có quyền xem trang này.");
	}

}
