package vn.onestop.web.officer;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The inbox's working-time column, its search (passed to intake, never done here) and its deadline filter. */
class OfficerInboxTest extends OfficerPageTest {

	static final String PAGE = """
			{"items":[
			 {"code":"20242-261201-0003","wardCode":"20242","procedure":{"code":"HT-KHAI-SINH","name":"Đăng ký khai sinh"},
			  "status":{"code":2,"name":"RECEIVED","label":"Được tiếp nhận"},"appointmentAt":"2026-12-04T10:00:00Z",
			  "workingMinutesLeft":-150,"nearDue":false,"overdue":true,"submitterName":"Nguyễn Văn An"},
			 {"code":"20242-261205-0001","wardCode":"20242","procedure":{"code":"CT-BAN-SAO","name":"Cấp bản sao từ sổ gốc"},
			  "status":{"code":5,"name":"SUPPLEMENT_REQUESTED","label":"Yêu cầu bổ sung"},"appointmentAt":"2026-12-08T09:00:00+07:00",
			  "workingMinutesLeft":null,"nearDue":false,"overdue":false,"submitterName":"Trần Thị Lan"},
			 {"code":"20242-261205-0002","wardCode":"20242","procedure":{"code":"CT-BAN-SAO","name":"Cấp bản sao từ sổ gốc"},
			  "status":{"code":4,"name":"IN_PROCESSING","label":"Đang xử lý"},"appointmentAt":"2026-12-09T09:00:00+07:00",
			  "workingMinutesLeft":480,"nearDue":true,"overdue":false,"submitterName":"Đỗ Thị Thuỷ"}
			],"page":0,"size":50,"totalItems":3,"totalPages":1}""";

	static final String COUNT = "{\"items\":[],\"page\":0,\"size\":1,\"totalItems\":%d,\"totalPages\":1}";

	@BeforeEach
	void inbox() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/dossiers")).withQueryParam("size", equalTo("50"))
			.willReturn(okJson(PAGE)));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/dossiers")).withQueryParam("size", equalTo("1"))
			.withQueryParam("nearDue", equalTo("true")).willReturn(okJson(COUNT.formatted(4))));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/dossiers")).withQueryParam("size", equalTo("1"))
			.withQueryParam("overdue", equalTo("true")).willReturn(okJson(COUNT.formatted(1))));
	}

	@Test
	void eachDossierShowsTheWorkingTimeLeftRedOnceOverdueAndItsSubmitter() {
		Document page = officerPage("/officer");

		var rows = page.select("table.inbox tbody tr");
		assertThat(page.select("table.inbox thead th").eachText()).contains("Giờ làm việc còn lại", "Người nộp");
		assertThat(rows.get(0).select("td.left").text()).isEqualTo("Quá 2 giờ 30 phút");
		assertThat(rows.get(0).select("td.left.overdue")).hasSize(1);
		assertThat(rows.get(1).select("td.left").text()).isEqualTo("Tạm dừng (chờ bổ sung)");
		assertThat(rows.get(2).select("td.left").text()).isEqualTo("8 giờ");
		assertThat(rows.get(2).select("td.left.overdue")).isEmpty();
		assertThat(rows.get(0).select("td.submitter").text()).isEqualTo("Nguyễn Văn An");
		assertThat(rows.get(0).select("td.code a").attr("href")).isEqualTo("/officer/dossiers/20242-261201-0003");
		assertThat(page.select("label[for=inbox-q]").text()).isEqualTo("Mã hồ sơ hoặc tên người nộp");
		assertThat(page.select("label[for=inbox-deadline]").text()).isEqualTo("Thời hạn");
	}

	@Test
	void theSearchIsPostedAndHandedToIntakeWhichFoldsTheAccents() {
		var answer = posting("/officer", Map.of("tab", "received", "deadline", "all", "q", "nguyen van an"), true);

		assertThat(answer.getStatus().value()).isEqualTo(200);
		Document fragment = html(answer);
		assertThat(fragment.select("header")).isEmpty();
		assertThat(fragment.select("#inbox-list table.inbox tbody tr")).hasSize(3);
		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/intake/dossiers")).withQueryParam("size", equalTo("50"))
			.withQueryParam("q", equalTo("nguyen van an"))
			.withQueryParam("status", equalTo("2")));
	}

	@Test
	void theDeadlineFilterAsksIntakeForTheOverdueOnly() {
		Document page = officerPage("/officer?tab=all&deadline=overdue");

		assertThat(page.select("#inbox-deadline option[selected]").val()).isEqualTo("overdue");
		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/intake/dossiers")).withQueryParam("size", equalTo("50"))
			.withQueryParam("overdue", equalTo("true"))
			.withQueryParam("nearDue", absent())
			.withQueryParam("q", absent()));
	}

}
