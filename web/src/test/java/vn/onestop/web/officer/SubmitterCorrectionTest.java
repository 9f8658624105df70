package vn.onestop.web.officer;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.web.officer.Fixtures.CODE;

/**
 * The dossier page's citizen link (issue 14 line 3): linked, waiting for citizen-service, or refused with its
 * reasons beside the fields of a form correcting the submitter, which PUTs to intake with the officer's token.
 */
class SubmitterCorrectionTest extends OfficerPageTest {

	private static final String DOSSIER = "/api/v1/intake/dossiers/" + CODE;

	private static final String REFUSED = """
			{"status":"REFUSED","attempts":1,"nextAttemptAt":null,"refusal":{"status":400,
			 "type":"urn:onestop:problem:validation","title":"Invalid request","detail":"The request has invalid fields",
			 "errors":[{"field":"address.wardCode","message":"must be a ward code in force today"},
			           {"field":"address","message":"is required"}]}}""";

	/** A dossier with a whole submitter (as intake stores it) and the given citizen link. */
	private static String dossier(String citizenLink) {
		String dossier = Fixtures.dossier(2, "Được tiếp nhận", "[\"transfer\"]", 150L, false)
			.replace("\"submitter\":{\"fullName\":\"Nguyễn Văn An\",\"idNumber\":\"038087042028\",\"phone\":\"0912345678\","
					+ "\"address\":{\"line\":\"12 Lê Lợi\",\"wardCode\":\"20242\"}}",
					"\"submitter\":{\"fullName\":\"Nguyễn Văn An\",\"idNumber\":\"038087042028\",\"dateOfBirth\":\"1987-04-20\","
							+ "\"gender\":\"MALE\",\"phone\":\"0912345678\",\"email\":\"an@example.vn\","
							+ "\"address\":{\"line\":\"12 Lê Lợi\",\"wardCode\":\"99999\"},\"notificationPreference\":\"EMAIL\"}");
		assertThat(dossier).contains("1987-04-20");
		int end = dossier.lastIndexOf('}');
		return dossier.substring(0, end) + ",\"citizenLink\":" + citizenLink + "}";
	}

	private void stubDossier(String citizenLink) {
		gateway.server.stubFor(get(urlEqualTo(DOSSIER)).willReturn(okJson(dossier(citizenLink))));
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/receipt")).willReturn(okJson(Fixtures.receipt())));
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/history")).willReturn(okJson(Fixtures.history())));
		gateway.server.stubFor(get(urlEqualTo("/api/v1/intake/approval-requests")).willReturn(okJson("[]")));
	}

	private static Map<String, String> corrected() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("submitter.idNumber", "038087042028");
		form.put("submitter.fullName", "Nguyễn Văn An");
		form.put("submitter.dateOfBirth", "1987-04-20");
		form.put("submitter.gender", "MALE");
		form.put("submitter.phone", "0912345678");
		form.put("submitter.email", "");
		form.put("submitter.address.line", "12 Lê Lợi");
		form.put("submitter.address.wardCode", "20242");
		form.put("submitter.notificationPreference", "SMS");
		return form;
	}

	@Test
	void aLinkedSubmitterIsShownAsLinkedWithNoCorrectionForm() {
		stubDossier("{\"status\":\"LINKED\",\"attempts\":1,\"nextAttemptAt\":null,\"refusal\":null}");

		Document page = officerPage("/officer/dossiers/" + CODE);

		assertThat(page.select("#citizen-link-status").text()).isEqualTo("Đã liên kết người nộp với hồ sơ công dân.");
		assertThat(page.select("#correct-submitter")).isEmpty();
	}

	@Test
	void aPendingLinkShowsWhenCitizenServiceIsTriedAgainInVietnamTime() {
		stubDossier("{\"status\":\"PENDING\",\"attempts\":3,\"nextAttemptAt\":\"2026-12-07T03:15:00Z\",\"refusal\":null}");

		Document page = officerPage("/officer/dossiers/" + CODE);

		assertThat(page.select("#citizen-link-status").text()).isEqualTo(
				"Chưa liên kết được: hệ thống công dân chưa trả lời. Sẽ thử lại lúc 07/12/2026 10:15 (đã thử 3 lần).");
		assertThat(page.select("#correct-submitter")).isEmpty();
	}

	@Test
	void aRefusedSubmitterShowsCitizenServicesReasonsInVietnameseBesideAFormFilledWithTheSubmitter() {
		stubDossier(REFUSED);

		Document page = officerPage("/officer/dossiers/" + CODE);

		assertThat(page.select("#citizen-link-status").text()).startsWith("Hệ thống công dân không nhận thông tin người nộp.");
		assertThat(page.select("#correction-heading").text()).isEqualTo("Sửa thông tin người nộp");
		assertThat(page.select("#correct-submitter").attr("action")).isEqualTo("/officer/dossiers/" + CODE + "/submitter");
		assertThat(page.select("#correct-submitter input[name=_csrf]").val()).isNotBlank();
		assertThat(page.select("#f-submitter-address-wardCode-error").text()).isEqualTo("Phải là mã phường, xã đang có hiệu lực.");
		assertThat(page.select("#f-submitter-address-wardCode").attr("aria-describedby"))
			.isEqualTo("f-submitter-address-wardCode-error");
		assertThat(page.select("#citizen-link-refusal li").eachText()).containsExactly("Bắt buộc phải nhập.");
		assertThat(page.select("#f-submitter-idNumber").val()).isEqualTo("038087042028");
		assertThat(page.select("#f-submitter-fullName").val()).isEqualTo("Nguyễn Văn An");
		assertThat(page.select("#f-submitter-dateOfBirth").val()).isEqualTo("1987-04-20");
		assertThat(page.select("#f-submitter-gender option[selected]").val()).isEqualTo("MALE");
		assertThat(page.select("#f-submitter-phone").val()).isEqualTo("0912345678");
		assertThat(page.select("#f-submitter-email").val()).isEqualTo("an@example.vn");
		assertThat(page.select("#f-submitter-address-line").val()).isEqualTo("12 Lê Lợi");
		assertThat(page.select("#f-submitter-address-wardCode").val()).isEqualTo("99999");
		assertThat(page.select("#f-submitter-notificationPreference option[selected]").val()).isEqualTo("EMAIL");
		assertThat(page.select("#f-submitter-fullName-error")).isEmpty();
	}

	@Test
	void aRefusalWithoutFieldErrorsSaysWhyInVietnamese() {
		stubDossier("""
				{"status":"REFUSED","attempts":2,"nextAttemptAt":null,"refusal":{"status":409,"type":null,"title":null,
				 "detail":"citizen-service answered 409","errors":[]}}""");

		Document page = officerPage("/officer/dossiers/" + CODE);

		assertThat(page.select("#citizen-link-detail").text())
			.startsWith("Hệ thống công dân đã có một hồ sơ công dân với số định danh này");
		assertThat(page.select("#correct-submitter .field-error")).isEmpty();
		assertThat(page.select("#f-submitter-idNumber").val()).isEqualTo("038087042028");
	}

	@Test
	void theCorrectionIsPutToIntakeWithTheOfficersTokenAndTheDossierSaysTheLinkIsTriedAgain() {
		stubDossier(REFUSED);
		gateway.server.stubFor(put(urlEqualTo(DOSSIER + "/submitter")).willReturn(okJson(dossier(
				"{\"status\":\"PENDING\",\"attempts\":1,\"nextAttemptAt\":\"2026-12-07T03:15:00Z\",\"refusal\":null}"))));

		EntityExchangeResult<String> answer = posting("/officer/dossiers/" + CODE + "/submitter", corrected(), false);

		assertThat(answer.getStatus().value()).isEqualTo(303);
		assertThat(answer.getResponseHeaders().getLocation())
			.hasToString("/officer/dossiers/" + CODE + "?done=correct-submitter");
		gateway.server.verify(putRequestedFor(urlEqualTo(DOSSIER + "/submitter"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"fullName":"Nguyễn Văn An","idNumber":"038087042028","dateOfBirth":"1987-04-20","gender":"MALE",
					 "phone":"0912345678","email":null,"address":{"line":"12 Lê Lợi","wardCode":"20242"},
					 "notificationPreference":"SMS"}""")));
		assertThat(officerPage("/officer/dossiers/" + CODE + "?done=correct-submitter").select("#corrected").text())
			.isEqualTo("Đã sửa thông tin người nộp. Hệ thống sẽ thử liên kết lại với cơ sở dữ liệu công dân.");
	}

	@Test
	void intakesFieldErrorsComeBackInVietnameseBesideTheirFieldsWithWhatWasTyped() {
		stubDossier(REFUSED);
		gateway.server.stubFor(put(urlEqualTo(DOSSIER + "/submitter")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:onestop:problem:validation\",\"title\":\"Invalid request\",\"status\":400,"
					+ "\"errors\":[{\"field\":\"submitter.dateOfBirth\",\"message\":\"must not be in the future\"},"
					+ "{\"field\":\"phone\",\"message\":\"must not be blank\"}]}")));
		Map<String, String> typed = corrected();
		typed.put("submitter.dateOfBirth", "2030-01-01");
		typed.put("submitter.phone", "");
		typed.put("submitter.fullName", "Nguyễn Văn Ân");

		EntityExchangeResult<String> answer = posting("/officer/dossiers/" + CODE + "/submitter", typed, false);

		assertThat(answer.getStatus().value()).isEqualTo(400);
		Document page = html(answer);
		assertNoInlineScript(page);
		assertThat(page.select("#correction-problem").text()).isNotBlank();
		assertThat(page.select("#f-submitter-dateOfBirth-error").text()).isEqualTo("Không được là ngày trong tương lai.");
		assertThat(page.select("#f-submitter-dateOfBirth").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#f-submitter-phone-error").text()).isEqualTo("Không được để trống.");
		assertThat(page.select("#f-submitter-dateOfBirth").val()).isEqualTo("2030-01-01");
		assertThat(page.select("#f-submitter-fullName").val()).isEqualTo("Nguyễn Văn Ân");
		assertThat(page.select("#f-submitter-address-wardCode").val()).isEqualTo("20242");
		assertThat(page.select("#f-submitter-notificationPreference option[selected]").val()).isEqualTo("SMS");
		// the refusal's old errors give way to intake's answer about what was typed
		assertThat(page.select("#f-submitter-address-wardCode-error")).isEmpty();
	}

	@Test
	void aSubmitterAlreadyLinkedIsAPlainMessage() {
		stubDossier("{\"status\":\"LINKED\",\"attempts\":2,\"nextAttemptAt\":null,\"refusal\":null}");
		gateway.server.stubFor(put(urlEqualTo(DOSSIER + "/submitter")).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"urn:onestop:problem:citizen-already-linked\",\"title\":\"Already linked\",\"status\":409}")));

		EntityExchangeResult<String> answer = posting("/officer/dossiers/" + CODE + "/submitter", corrected(), false);

		assertThat(answer.getStatus().value()).isEqualTo(409);
		Document page = html(answer);
		assertThat(page.select("#correction-problem").text()).isEqualTo(
				"Người nộp đã được liên kết với hồ sơ công dân nên không sửa ở đây được nữa; vui lòng sửa trong hồ sơ công dân.");
		assertThat(page.select("#citizen-link-status").text()).isEqualTo("Đã liên kết người nộp với hồ sơ công dân.");
		assertThat(page.select("#correct-submitter")).isEmpty();
	}

	@Test
	void aCorrectionWithoutTheFormsCsrfTokenIsRefusedAndNeverReachesTheApi() {
		stubDossier(REFUSED);
		gateway.server.stubFor(put(urlEqualTo(DOSSIER + "/submitter")).willReturn(okJson(dossier(REFUSED))));
		// the form carries the token (web's CSRF check is global; what this change must do is put it in the form)
		assertThat(officerPage("/officer/dossiers/" + CODE).select("#correct-submitter input[type=hidden][name=_csrf]")
			.val()).isNotBlank();

		EntityExchangeResult<String> answer = postingWithoutCsrf("/officer/dossiers/" + CODE + "/submitter", corrected());

		assertThat(answer.getStatus().value()).isEqualTo(403);
		gateway.server.verify(0, putRequestedFor(urlEqualTo(DOSSIER + "/submitter")));
	}

}
