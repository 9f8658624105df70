package vn.onestop.web.officer;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.web.officer.Fixtures.CODE;

class DossierPageTest extends OfficerPageTest {

	private static final String DOSSIER = "/api/v1/intake/dossiers/" + CODE;

	private void stubDossier(String dossier, String history) {
		gateway.server.stubFor(get(urlEqualTo(DOSSIER)).willReturn(okJson(dossier)));
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/receipt")).willReturn(okJson(Fixtures.receipt())));
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/history")).willReturn(okJson(history)));
		gateway.server.stubFor(get(urlEqualTo("/api/v1/intake/approval-requests")).willReturn(okJson("[]")));
	}

	@Test
	void showsEverythingOnTheReceiptTheTimelineAndTheWorkingTimeLeft() {
		stubDossier(Fixtures.dossier(2, "Được tiếp nhận", "[\"transfer\"]", 150L, false), Fixtures.history());

		Document page = officerPage("/officer/dossiers/" + CODE);

		assertThat(page.select("#dossier-code").text()).isEqualTo(CODE);
		assertThat(page.select("#dossier-status").text()).isEqualTo("Được tiếp nhận");
		assertThat(page.select("#dossier-appointment").text()).isEqualTo("10/12/2026 09:30");
		assertThat(page.select("#dossier-left").text()).isEqualTo("2 giờ 30 phút");
		assertThat(page.select(".receipt-facts").text()).contains("Trung tâm Phục vụ hành chính công phường Hải Châu",
				"Nguyễn Văn An", "038087042028", "12 Lê Lợi", "0912345678", "an@example.vn",
				"Cấp Giấy xác nhận tình trạng hôn nhân", "15.000 đồng", "3 ngày làm việc", "07/12/2026 09:30",
				"Bộ phận tiếp nhận và trả kết quả", "demo-officer");
		assertThat(page.select(".receipt-facts table.documents tbody td").eachText())
			.containsExactly("1", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "1", "0", "0");
		assertThat(page.select("#timeline li").text()).contains("07/12/2026 09:30", "Tiếp nhận", "Được tiếp nhận",
				"demo-officer");
		assertThat(page.select("#receipt-link").attr("href")).isEqualTo("/officer/dossiers/" + CODE + "/receipt");
	}

	@Test
	void offersOnlyTheActionsIntakeAllowsNowEachWithItsForm() {
		stubDossier(Fixtures.dossier(4, "Đang xử lý", "[\"request-supplement\",\"fees-due\",\"result-ready\",\"apologize\"]",
				600L, false), Fixtures.history());

		Document page = officerPage("/officer/dossiers/" + CODE);

		assertThat(page.select("#actions form").eachAttr("action")).containsExactlyInAnyOrder(
				"/officer/dossiers/" + CODE + "/actions/result-ready",
				"/officer/dossiers/" + CODE + "/actions/request-supplement",
				"/officer/dossiers/" + CODE + "/actions/fees-due", "/officer/dossiers/" + CODE + "/actions/apologize");
		assertThat(page.select("#action-result-ready").text()).isEqualTo("Đã có kết quả");
		assertThat(page.select("#action-return, #action-transfer, #form-refuse")).isEmpty();
		assertThat(page.select("#form-request-supplement label[for=request-supplement-missingItems]").text())
			.isEqualTo("Giấy tờ cần bổ sung");
		assertThat(page.select("#form-request-supplement textarea[name=missingItems]")).hasSize(1);
		assertThat(page.select("#form-apologize input[type=datetime-local][name=newAppointmentAt]")).hasSize(1);
		assertThat(page.select("#form-apologize label[for=apologize-reason]").text()).isEqualTo("Lý do chậm trả kết quả");
	}

	@Test
	void aFinishedDossierOffersNoAction() {
		stubDossier(Fixtures.dossier(10, "Đã trả kết quả", "[]", null, false), Fixtures.history());

		Document page = officerPage("/officer/dossiers/" + CODE);

		assertThat(page.select("#actions form")).isEmpty();
		assertThat(page.select("#actions").text()).contains("không còn thao tác nào");
		assertThat(page.select("#dossier-left").text()).isEqualTo("Không còn tính giờ");
	}

	@Test
	void aSupplementRequestSendsTheMissingItemsOneALineAndComesBackToTheDossier() {
		stubDossier(Fixtures.dossier(4, "Đang xử lý", "[\"request-supplement\"]", 600L, false), Fixtures.history());
		gateway.server.stubFor(post(urlEqualTo(DOSSIER + "/actions/request-supplement"))
			.willReturn(okJson(Fixtures.dossier(5, "Yêu cầu bổ sung", "[]", null, false))));

		EntityExchangeResult<String> answer = posting("/officer/dossiers/" + CODE + "/actions/request-supplement",
				Map.of("missingItems", "Bản sao giấy khai sinh\n\n  Ảnh 4x6  \n", "reason", ""), false);

		assertThat(answer.getStatus().value()).isEqualTo(303);
		assertThat(answer.getResponseHeaders().getLocation())
			.hasToString("/officer/dossiers/" + CODE + "?done=request-supplement");
		gateway.server.verify(postRequestedFor(urlEqualTo(DOSSIER + "/actions/request-supplement"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withRequestBody(equalToJson("{\"missingItems\":[\"Bản sao giấy khai sinh\",\"Ảnh 4x6\"]}")));
		assertThat(officerPage("/officer/dossiers/" + CODE + "?done=request-supplement").select("#done").text())
			.isEqualTo("Đã gửi yêu cầu bổ sung.");
	}

	@Test
	void theApisFieldErrorsAreShownInVietnameseBesideTheirFieldsWithWhatWasTyped() {
		stubDossier(Fixtures.dossier(4, "Đang xử lý", "[\"apologize\",\"refuse\"]", 600L, false), Fixtures.history());
		gateway.server.stubFor(post(urlEqualTo(DOSSIER + "/actions/apologize")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:onestop:problem:action-details\",\"title\":\"Action incomplete\",\"status\":422,"
					+ "\"errors\":[{\"field\":\"newAppointmentAt\",\"message\":\"must be after the current appointment\"}]}")));

		EntityExchangeResult<String> answer = posting("/officer/dossiers/" + CODE + "/actions/apologize",
				Map.of("reason", "Cần xác minh", "newAppointmentAt", "2026-12-09T09:00"), false);

		assertThat(answer.getStatus().value()).isEqualTo(422);
		Document page = html(answer);
		assertThat(page.select("#action-problem").text()).contains("còn thiếu thông tin");
		assertThat(page.select("#form-apologize").hasAttr("open")).isTrue();
		assertThat(page.select("#apologize-newAppointmentAt").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#apologize-newAppointmentAt").attr("aria-describedby")).isEqualTo("apologize-newAppointmentAt-error");
		assertThat(page.select("#apologize-newAppointmentAt-error").text()).isEqualTo("Phải sau ngày hẹn trả hiện tại.");
		assertThat(page.select("#apologize-newAppointmentAt").val()).isEqualTo("2026-12-09T09:00");
		assertThat(page.select("#apologize-reason").val()).isEqualTo("Cần xác minh");
		assertThat(page.select("#refuse-reasons-error")).isEmpty();
	}

	@Test
	void anActionWithoutTheFormsCsrfTokenIsRefusedAndNeverReachesTheApi() {
		stubDossier(Fixtures.dossier(4, "Đang xử lý", "[\"result-ready\"]", 600L, false), Fixtures.history());

		EntityExchangeResult<String> answer = postingWithoutCsrf("/officer/dossiers/" + CODE + "/actions/result-ready",
				Map.of());

		assertThat(answer.getStatus().value()).isEqualTo(403);
		gateway.server.verify(0, postRequestedFor(urlEqualTo(DOSSIER + "/actions/result-ready")));
	}

	@Test
	void aDossierIntakeWillNotShowThisOfficerIsAClearPageNotAnError() {
		gateway.server.stubFor(get(urlEqualTo(DOSSIER)).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json").withBody("{\"type\":\"urn:onestop:problem:not-found\"}")));
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/receipt")).willReturn(aResponse().withStatus(404)));
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/history")).willReturn(aResponse().withStatus(404)));

		EntityExchangeResult<String> answer = getting("/officer/dossiers/" + CODE);

		assertThat(answer.getStatus().value()).isEqualTo(404);
		assertThat(html(answer).select("#not-found").text())
			.isEqualTo("Không tìm thấy hồ sơ " + CODE + ", hoặc hồ sơ không thuộc phường bạn phụ trách.");
	}

}
