package vn.onestop.web.leader;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.web.PageTest;
import vn.onestop.web.TestIdentityProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardPageTest extends PageTest {

	static final String REPORT = """
			{"ward":"20242","field":null,"from":"2026-12-01","to":"2026-12-07","asOf":"2026-12-07T03:15:00Z",
			 "received":{"total":7,"inPerson":4,"online":2,"postal":1,"inPersonPercent":57.1,"onlinePercent":28.6,"postalPercent":14.3},
			 "returned":{"total":3,"early":1,"onTime":1,"late":1,"earlyPercent":33.3,"onTimePercent":33.3,"latePercent":33.3},
			 "inProgress":4,"nearDue":1,"overdue":2,"apologies":1,"supplementRequests":1,
			 "satisfaction":{"total":2,"verySatisfied":1,"satisfied":0,"dissatisfied":1,"verySatisfiedPercent":50.0,
			   "satisfiedPercent":0.0,"dissatisfiedPercent":50.0},
			 "decision766":{"total":{"received":7,"online":2,"onTime":4,"late":3,"ratedNotSatisfied":1,"onTimePercent":57.1,
			   "onlinePercent":28.6,"satisfactionPercent":42.9},
			  "byField":[{"code":"CHUNG_THUC","name":"Chứng thực","indicators":{"received":1,"online":0,"onTime":1,"late":0,
			   "ratedNotSatisfied":0,"onTimePercent":100.0,"onlinePercent":0.0,"satisfactionPercent":100.0}},
			   {"code":"HO_TICH","name":"Hộ tịch","indicators":{"received":6,"online":2,"onTime":3,"late":3,
			   "ratedNotSatisfied":1,"onTimePercent":50.0,"onlinePercent":33.3,"satisfactionPercent":33.3}}]}}""";

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	private TestIdentityProvider.SignIn leader;

	@BeforeEach
	void signIn() {
		this.leader = this.idp.signIn(this.client, "/leader", "demo-leader", "Lãnh đạo Bình", List.of("WARD_LEADER"),
				"leader-token");
	}

	@Test
	void showsTodaysNumbersOfTheLeadersWardAsTheApiGaveThem() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/statistics")).willReturn(okJson(REPORT)));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/wards/20242")).willReturn(okJson("""
				{"code":"20242","fullName":"Phường Hải Châu","provinceName":"Đà Nẵng"}""")));

		Document page = page(this.leader, "/leader");

		String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/intake/statistics"))
			.withQueryParam("ward", equalTo("20242")).withQueryParam("from", equalTo(today))
			.withQueryParam("to", equalTo(today)).withHeader("Authorization", equalTo("Bearer leader-token")));
		assertThat(page.select(".tabs a.active").text()).isEqualTo("Hôm nay");
		assertThat(page.select("#ward-name").text()).isEqualTo("Phường Hải Châu, Đà Nẵng");
		assertThat(page.select("a#to-queue-day").attr("href")).isEqualTo("/leader/queue");
		assertThat(page.select("#report-period").text())
			.isEqualTo("Từ 01/12/2026 đến 07/12/2026 — số liệu đang giải quyết tính đến 07/12/2026 10:15");
		assertThat(page.select("#received-count").text()).isEqualTo("7");
		assertThat(page.select("#in-progress-count").text()).isEqualTo("4");
		assertThat(page.select("#near-due-count").text()).isEqualTo("1");
		assertThat(page.select("#overdue-count").text()).isEqualTo("2");
		assertThat(page.select("#by-channel .bar-row").eachText()).containsExactly("Trực tiếp 4 (57,1 %)",
				"Trực tuyến 2 (28,6 %)", "Bưu chính 1 (14,3 %)");
		assertThat(page.select("#by-channel svg rect.fill").eachAttr("width")).containsExactly("57.1", "28.6", "14.3");
		assertThat(page.select("#by-channel svg").attr("aria-hidden")).isEqualTo("true");
		assertThat(page.select("#returned h2").text()).isEqualTo("Đã trả kết quả: 3 hồ sơ");
		assertThat(page.select("#returned .bar-row").eachText()).containsExactly("Trước hạn 1 (33,3 %)",
				"Đúng hạn 1 (33,3 %)", "Trễ hạn 1 (33,3 %)");
		assertThat(page.select("#satisfaction h2").text()).isEqualTo("Đánh giá của người dân: 2 lượt");
		assertThat(page.select("#satisfaction .bar-row").eachText()).containsExactly("Rất hài lòng 1 (50,0 %)",
				"Hài lòng 0 (0,0 %)", "Không hài lòng 1 (50,0 %)");
		assertThat(page.select("#decision766 tbody tr").eachText()).containsExactly("Chứng thực 1 100,0 % 0,0 % 100,0 %",
				"Hộ tịch 6 50,0 % 33,3 % 33,3 %");
		assertThat(page.select("#decision766 tfoot tr").text()).isEqualTo("Toàn phường 7 57,1 % 28,6 % 42,9 %");
	}

	@Test
	void asksForTheMonthToDateAndShowsNoShareWhenNothingWasReceived() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/statistics")).willReturn(okJson(REPORT
			.replaceAll("\"onTimePercent\":57.1,\\s*\"onlinePercent\":28.6,\"satisfactionPercent\":42.9",
					"\"onTimePercent\":null,\"onlinePercent\":null,\"satisfactionPercent\":null"))));

		Document page = page(this.leader, "/leader?period=month");

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/intake/statistics"))
			.withQueryParam("from", equalTo(today.withDayOfMonth(1).toString())).withQueryParam("to", equalTo(today.toString())));
		assertThat(page.select(".tabs a.active").text()).isEqualTo("Tháng này");
		assertThat(page.select("#decision766 tfoot tr").text()).isEqualTo("Toàn phường 7 — — —");
	}

	@Test
	void aChosenPeriodGoesToTheApiAsTypedAndItsFieldErrorsShowBesideTheDates() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/statistics")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("""
					{"type":"https://onestop.gov.vn/problems/validation","status":400,
					 "errors":[{"field":"from","message":"must not be after to"}]}""")));

		EntityExchangeResult<String> answer = this.client.get().uri("/leader?period=chosen&from=2026-12-05&to=2026-12-01")
			.cookies(c -> this.leader.cookies().forEach(c::add)).exchange().expectBody(String.class).returnResult();

		Document page = html(answer);
		assertThat(answer.getStatus().value()).isEqualTo(400);
		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/intake/statistics"))
			.withQueryParam("from", equalTo("2026-12-05")).withQueryParam("to", equalTo("2026-12-01")));
		assertThat(page.select(".field.has-error #from-error").text()).isEqualTo("Ngày bắt đầu không được sau ngày kết thúc.");
		assertThat(page.select("input#from").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("input#from").attr("aria-describedby")).isEqualTo("from-error");
		assertThat(page.select("input#from").val()).isEqualTo("2026-12-05");
		assertThat(page.select("#to-error")).isEmpty();
		assertThat(page.select("#report")).isEmpty();
		assertThat(page.select("label[for=from]").text()).isEqualTo("Từ ngày");
	}

	@Test
	void anotherWardsNumbersAreTheApisToRefuse() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/statistics")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://onestop.gov.vn/problems/forbidden\",\"status\":403}")));

		EntityExchangeResult<String> answer = this.client.get().uri("/leader").cookies(c -> this.leader.cookies().forEach(c::add))
			.exchange().expectBody(String.class).returnResult();

		assertThat(answer.getStatus().value()).isEqualTo(403);
		assertThat(html(answer).select("main .alert").text()).isEqualTo("Bạn không có quyền xem trang này.");
	}

	private Document page(TestIdentityProvider.SignIn signIn, String path) {
		return html(this.client.get().uri(path).cookies(c -> signIn.cookies().forEach(c::add)).exchange().expectStatus()
			.isOk().expectBody(String.class).returnResult());
	}

}
