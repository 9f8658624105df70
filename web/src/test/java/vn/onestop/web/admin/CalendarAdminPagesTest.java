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
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, admin pages, line 2: a year's working calendar, and replacing it after intake's preview of how many open
 * dossiers' appointments would move.
 */
class CalendarAdminPagesTest extends PageTest {

	static final String YEAR = """
			{"year":2027,"provisional":false,
			 "holidays":[{"date":"2027-01-01","name":"Tết Dương lịch"},{"date":"2027-02-08","name":"Tết Nguyên đán"}],
			 "makeupWorkdays":[{"date":"2027-02-20","name":"Làm bù ngày 12/02"}]}""";

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	private AdminSession admin;

	@BeforeEach
	void signIn() {
		this.admin = AdminSession.signIn(this.client, this.idp, "/admin", List.of("PLATFORM_ADMIN"));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/calendar/2027")).willReturn(okJson(YEAR)));
	}

	@Test
	void showsTheYearsHolidaysAndMakeUpDaysWithTheirWeekdays() {
		Document page = this.admin.page("/admin/calendar?year=2027");

		assertThat(page.select("h1").text()).isEqualTo("Lịch làm việc năm 2027");
		assertThat(page.select("#holidays tbody tr").get(0).select("td").eachText()).containsExactly("01/01/2027",
				"Thứ Sáu", "Tết Dương lịch");
		assertThat(page.select("#makeup tbody tr td").eachText()).containsExactly("20/02/2027", "Thứ Bảy",
				"Làm bù ngày 12/02");
		assertThat(page.select("form#calendar-form[method=post][action=/admin/calendar/2027/preview] input[name=_csrf]")
			.val()).isNotBlank();
		assertThat(page.select("input#f-days-2-date").val()).isEqualTo("20/02/2027");
		assertThat(page.select("select#f-days-2-kind option[selected]").val()).isEqualTo("MAKEUP_WORKDAY");
		assertThat(page.select("input#f-days-3-date").val()).as("blank rows to add days").isEmpty();
		assertThat(page.select("input#f-days-0-name").attr("aria-label")).isEqualTo("Tên ngày, dòng 1");
	}

	@Test
	void aYearNotEnteredYetSaysSoAndOffersTheForm() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/calendar/2031")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:onestop:problem:calendar-not-found\",\"status\":404}")));

		Document page = this.admin.page("/admin/calendar?year=2031");

		assertThat(page.select("#no-calendar").text()).contains("Chưa có lịch làm việc năm 2031");
		assertThat(page.select("form#calendar-form input.day-input")).hasSize(5);
	}

	@Test
	void thePreviewSaysHowManyOpenDossiersWouldMoveAndTheConfirmationSendsExactlyThat() {
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/calendar/2027/preview")).willReturn(okJson("""
				{"calendar":{"year":2027,"provisional":false,"holidays":[{"date":"2027-01-01","name":"Tết Dương lịch"},
				 {"date":"2027-06-09","name":"Nghỉ thử"}],"makeupWorkdays":[]},"openDossiersExamined":12,"appointmentsMoved":7}""")));
		List<Map.Entry<String, String>> typed = List.of(Map.entry("source", "Thông báo 1/TB"),
				Map.entry("days[0].date", "2027-01-01"), Map.entry("days[0].kind", "HOLIDAY"),
				Map.entry("days[0].name", "Tết Dương lịch"), Map.entry("days[1].date", ""), Map.entry("days[1].kind", "HOLIDAY"),
				Map.entry("days[1].name", ""), Map.entry("days[2].date", "9/6/2027"), Map.entry("days[2].kind", "HOLIDAY"),
				Map.entry("days[2].name", "Nghỉ thử"));

		EntityExchangeResult<String> answer = this.admin.post("/admin/calendar?year=2027", "/admin/calendar/2027/preview",
				typed, false);

		assertThat(answer.getStatus().value()).isEqualTo(200);
		Document preview = Jsoup.parse(answer.getResponseBody());
		assertThat(preview.select("#moved-count").text()).isEqualTo("7");
		assertThat(preview.select("#calendar-impact").text()).contains("7 hồ sơ đang mở sẽ đổi ngày hẹn trả")
			.contains("đã xét 12 hồ sơ");
		assertThat(preview.select("#preview-holidays").text()).isEqualTo("2");
		String expected = """
				{"provisional":false,"source":"Thông báo 1/TB","days":[
				 {"date":"2027-01-01","kind":"HOLIDAY","name":"Tết Dương lịch"},{"date":"2027-06-09","kind":"HOLIDAY","name":"Nghỉ thử"}]}""";
		gateway.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/intake/calendar/2027/preview"))
			.withHeader("Authorization", equalTo("Bearer admin-token")).withRequestBody(equalToJson(expected)));
		assertThat(preview.select("form#confirm-form[method=post][action=/admin/calendar/2027] input[name=_csrf]").val())
			.isNotBlank();

		gateway.server.stubFor(put(urlPathEqualTo("/api/v1/intake/calendar/2027")).willReturn(okJson("""
				{"calendar":%s,"recalculation":{"examined":12,"moved":7,"skippedAsChangedMeanwhile":0}}""".formatted(YEAR))));
		List<Map.Entry<String, String>> confirmed = preview.select("form#confirm-form input[type=hidden]")
			.stream()
			.filter(input -> !input.attr("name").equals("_csrf"))
			.map(input -> Map.entry(input.attr("name"), input.val()))
			.toList();
		EntityExchangeResult<String> replaced = this.admin.post("/admin/calendar?year=2027", "/admin/calendar/2027",
				confirmed, false);

		assertThat(replaced.getStatus().is3xxRedirection()).isTrue();
		assertThat(replaced.getResponseHeaders().getLocation()).hasToString("/admin/calendar?year=2027&moved=7");
		gateway.server.verify(putRequestedFor(urlPathEqualTo("/api/v1/intake/calendar/2027"))
			.withRequestBody(equalToJson(expected)));
		assertThat(this.admin.page("/admin/calendar?year=2027&moved=7").select("#replaced").text())
			.isEqualTo("Đã thay thế lịch năm 2027; 7 hồ sơ đã được tính lại ngày hẹn trả.");
	}

	@Test
	void thePreviewsFieldErrorsAreShownBesideTheRowsTheyCameFrom() {
		gateway.server.stubFor(post(urlPathEqualTo("/api/v1/intake/calendar/2027/preview"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:validation","status":400,"errors":[
					 {"field":"source","message":"must name the notice the calendar comes from"},
					 {"field":"days[1].kind","message":"a make-up working day must be a Saturday or Sunday; 2027-06-10 is a THURSDAY"}]}""")));

		EntityExchangeResult<String> answer = this.admin.post("/admin/calendar?year=2027", "/admin/calendar/2027/preview",
				List.of(Map.entry("source", ""), Map.entry("days[0].date", "2027-01-01"), Map.entry("days[0].kind", "HOLIDAY"),
						Map.entry("days[0].name", "Tết"), Map.entry("days[1].date", ""), Map.entry("days[1].name", ""),
						Map.entry("days[2].date", "2027-06-10"), Map.entry("days[2].kind", "MAKEUP_WORKDAY"),
						Map.entry("days[2].name", "Thứ Năm")),
				false);

		assertThat(answer.getStatus().value()).isEqualTo(400);
		Document page = Jsoup.parse(answer.getResponseBody());
		assertThat(page.select("#f-source-error").text()).as(answer.getResponseBody()).isNotEmpty();
		assertThat(page.select("#f-source-error").text()).isEqualTo("Vui lòng ghi văn bản công bố lịch này.");
		assertThat(page.select("input#f-source").attr("aria-describedby")).isEqualTo("f-source-error");
		assertThat(page.select("#f-days-2-kind-error").text())
			.isEqualTo("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật. Ngày 10/06/2027 là thứ Năm.");
		assertThat(page.select("select#f-days-2-kind").attr("aria-describedby")).isEqualTo("f-days-2-kind-error");
		assertThat(page.select("input#f-days-2-date").val()).isEqualTo("2027-06-10");
		assertThat(page.select("#f-days-1-kind-error")).isEmpty();
	}

}
