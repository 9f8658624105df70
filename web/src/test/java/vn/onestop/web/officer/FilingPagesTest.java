package vn.onestop.web.officer;

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
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class FilingPagesTest extends OfficerPageTest {

	static final String PROCEDURE = """
			{"code":"HT-XAC-NHAN-HON-NHAN","name":"Cấp Giấy xác nhận tình trạng hôn nhân","field":{"code":"HO_TICH","name":"Hộ tịch"},
			 "version":1,"processingTime":{"amount":3,"unit":"WORKING_DAYS","sameDayCutoff":null},"fee":{"kind":"FIXED","amountVnd":15000},
			 "channels":["IN_PERSON"],"legalBasis":"Luật Hộ tịch",
			 "requiredDocuments":[
			  {"position":1,"key":"to-khai","name":"Tờ khai","originals":1,"certifiedCopies":0,"copies":0,"mandatory":true},
			  {"position":2,"key":"giay-to-ly-hon","name":"Giấy tờ ly hôn","originals":0,"certifiedCopies":1,"copies":0,"mandatory":false}]}""";

	static final String CATALOGUE = """
			{"items":[%s,
			 {"code":"CT-BAN-SAO","name":"Cấp bản sao từ sổ gốc","field":{"code":"CHUNG_THUC","name":"Chứng thực"},"version":1,
			  "processingTime":{"amount":1,"unit":"WORKING_DAYS"},"fee":{"kind":"FREE"},"channels":["IN_PERSON"],"requiredDocuments":[]}],
			 "totalItems":2}""".formatted(PROCEDURE);

	@BeforeEach
	void catalogue() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures")).willReturn(okJson(CATALOGUE)));
		gateway.server.stubFor(get(urlEqualTo("/api/v1/intake/procedures/HT-XAC-NHAN-HON-NHAN")).willReturn(okJson(PROCEDURE)));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/calendar/due-time")).willReturn(okJson(
				"{\"receivedAt\":\"2026-12-07T09:30:00+07:00\",\"dueAt\":\"2026-12-10T09:30:00+07:00\",\"workingHoursCounted\":24}")));
	}

	@Test
	void thePickerFindsProceduresTypedWithoutAccentsAndHtmxGetsOnlyTheResults() {
		Document page = officerPage("/officer/file?q=hon nhan");
		assertThat(page.select("#procedure-results a").eachText()).hasSize(1).first().asString()
			.contains("Cấp Giấy xác nhận tình trạng hôn nhân");
		assertThat(page.select("#procedure-results a").attr("href")).isEqualTo("/officer/file/HT-XAC-NHAN-HON-NHAN");
		assertThat(page.select("form[role=search]").attr("hx-get")).isEqualTo("/officer/file");
		Document fragment = html(gettingAsHtmx("/officer/file?q=ban sao"));
		assertThat(fragment.select("header, #procedure-q")).isEmpty();
		assertThat(fragment.select("#procedure-results a").eachText()).hasSize(1).first().asString()
			.contains("Cấp bản sao từ sổ gốc");
	}

	@Test
	void theFormShowsTheChecklistWithCountsTheSubmitterAndTheAppointmentBeforeFiling() {
		Document page = officerPage("/officer/file/HT-XAC-NHAN-HON-NHAN");

		assertThat(page.select("#file-procedure").text()).isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân");
		assertThat(page.select("#checklist-summary").text()).contains("2 loại giấy tờ", "1 loại bắt buộc");
		assertThat(page.select("table.checklist tbody tr")).hasSize(2);
		assertThat(page.select("#doc-to-khai").hasAttr("checked")).isTrue();
		assertThat(page.select("#doc-giay-to-ly-hon").hasAttr("checked")).isFalse();
		assertThat(page.select("#doc-to-khai-originals").val()).isEqualTo("1");
		assertThat(page.select("#doc-giay-to-ly-hon-certifiedCopies").val()).isEqualTo("1");
		assertThat(page.select("label[for=doc-to-khai-originals]").text()).isEqualTo("Số bản chính — Tờ khai");
		assertThat(page.select("table.checklist tbody tr").get(0).text()).contains("Bắt buộc",
				"Yêu cầu: 1 bản chính, 0 bản sao chứng thực, 0 bản sao");
		assertThat(page.select("label[for=f-submitter-idNumber]").text()).isEqualTo("Số định danh cá nhân");
		assertThat(page.select("label[for=f-submitter-fullName]").text()).isEqualTo("Họ và tên");
		assertThat(page.select("#appointment-text").text()).contains("10/12/2026 09:30");
		assertThat(page.select("input[name=idempotencyKey]").val()).matches("[0-9a-f-]{36}");
		assertThat(page.select("input[name=wardCode]").val()).isEqualTo("20242");
	}

	@Test
	void theSubmitterIsFoundByIdNumberPostedNeverInTheUrl() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/citizens/lookup")).willReturn(okJson("""
				{"id":"5b1f0a52-8f0e-4a8e-9a55-0c5f6f3b1a01","fullName":"Nguyễn Văn An","idNumber":"038087042028",
				 "dateOfBirth":"1987-03-02","gender":"MALE","phone":"0912345678","email":"an@example.vn",
				 "address":{"line":"12 Lê Lợi","wardCode":"20242"},"preferences":{"channel":"EMAIL","consent":true},"active":true}""")));

		EntityExchangeResult<String> answer = posting("/officer/file/HT-XAC-NHAN-HON-NHAN/submitter",
				Map.of("idempotencyKey", "key-1", "wardCode", "20242", "submitter.idNumber", "038087042028",
						"doc.to-khai", "on", "doc.to-khai.originals", "2"), true);

		Document page = html(answer);
		assertThat(page.select("#submitter-found").text()).contains("Đã tìm thấy công dân");
		assertThat(page.select("#f-submitter-fullName").val()).isEqualTo("Nguyễn Văn An");
		assertThat(page.select("#f-submitter-dateOfBirth").val()).isEqualTo("1987-03-02");
		assertThat(page.select("#f-submitter-phone").val()).isEqualTo("0912345678");
		assertThat(page.select("#f-submitter-address-line").val()).isEqualTo("12 Lê Lợi");
		assertThat(page.select("#f-submitter-notificationPreference option[selected]").val()).isEqualTo("EMAIL");
		assertThat(page.select("#doc-to-khai-originals").val()).isEqualTo("2");
		assertThat(page.select("input[name=idempotencyKey]").val()).isEqualTo("key-1");
		assertThat(page.select("#find-submitter").attr("hx-post")).isEqualTo("/officer/file/HT-XAC-NHAN-HON-NHAN/submitter");
		gateway.server.verify(postRequestedFor(urlEqualTo("/api/v1/citizens/lookup"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withRequestBody(equalToJson("{\"idNumber\":\"038087042028\"}")));
	}

	@Test
	void anUnknownIdNumberAsksForTheSubmittersDetails() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/citizens/lookup")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json").withBody("{\"type\":\"urn:onestop:problem:not-found\"}")));

		Document page = html(posting("/officer/file/HT-XAC-NHAN-HON-NHAN/submitter",
				Map.of("submitter.idNumber", "079203000123"), false));

		assertThat(page.select("#submitter-not-found").text()).contains("vui lòng nhập thông tin người nộp");
		assertThat(page.select("#f-submitter-idNumber").val()).isEqualTo("079203000123");
	}

	@Test
	void filingSendsTheFormsIdempotencyKeySoADoubleClickFilesOnceAndOpensTheReceipt() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/dossiers")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody(Fixtures.dossier(2, "Được tiếp nhận", "[]", 1440L, false))));
		Map<String, String> form = filled();

		EntityExchangeResult<String> first = posting("/officer/file/HT-XAC-NHAN-HON-NHAN", form, false);
		EntityExchangeResult<String> second = posting("/officer/file/HT-XAC-NHAN-HON-NHAN", form, false);

		assertThat(first.getStatus().value()).isEqualTo(303);
		assertThat(first.getResponseHeaders().getLocation()).hasToString("/officer/dossiers/" + Fixtures.CODE + "/receipt");
		assertThat(second.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
		var filings = gateway.server.findAll(postRequestedFor(urlEqualTo("/api/v1/intake/dossiers")));
		assertThat(filings).hasSize(2).extracting(request -> request.getHeader("Idempotency-Key"))
			.containsOnly("3f1c1c8e-2d1b-4b7a-9f43-0d2c9b1e6a11");
		LoggedRequest filed = filings.get(0);
		assertThat(filed.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
		assertThat(filed.getBodyAsString()).satisfies(body -> assertThat(equalToJson("""
				{"procedureCode":"HT-XAC-NHAN-HON-NHAN","wardCode":"20242","channel":"IN_PERSON",
				 "submitter":{"fullName":"Nguyễn Văn An","idNumber":"038087042028","dateOfBirth":"1987-03-02","gender":null,
				   "phone":"0912345678","email":null,"address":{"line":"12 Lê Lợi","wardCode":"20242"},"notificationPreference":"SMS"},
				 "documents":[{"key":"to-khai","originals":1,"certifiedCopies":0,"copies":0}],"sets":1,"notes":null}""")
			.match(body).isExactMatch()).isTrue());
	}

	@Test
	void aDossierFiledFromAQueueTicketCarriesTheTicketFromThePickerToIntake() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/dossiers")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody(Fixtures.dossier(2, "Được tiếp nhận", "[]", 1440L, false))));

		Document picker = officerPage("/officer/file?ticket=A012");
		assertThat(picker.select("#file-ticket").text()).isEqualTo("Tiếp nhận hồ sơ cho số thứ tự A012");
		assertThat(picker.select(".procedure-picks a").eachAttr("href")).contains("/officer/file/HT-XAC-NHAN-HON-NHAN?ticket=A012");
		assertThat(picker.select("form.search input[name=ticket]").val()).isEqualTo("A012");
		Document form = officerPage("/officer/file/HT-XAC-NHAN-HON-NHAN?ticket=A012");
		assertThat(form.select("#filing input[type=hidden][name=queueTicket]").val()).isEqualTo("A012");
		assertThat(form.select("#file-ticket").text()).isEqualTo("Tiếp nhận hồ sơ cho số thứ tự A012");
		assertThat(officerPage("/officer/file/HT-XAC-NHAN-HON-NHAN?ticket=A012%22%3E").select("input[name=queueTicket]")).isEmpty();

		Map<String, String> filled = filled();
		filled.put("queueTicket", form.select("input[name=queueTicket]").val());
		EntityExchangeResult<String> filed = posting("/officer/file/HT-XAC-NHAN-HON-NHAN", filled, false);

		assertThat(filed.getStatus().value()).isEqualTo(303);
		LoggedRequest sent = gateway.server.findAll(postRequestedFor(urlEqualTo("/api/v1/intake/dossiers"))).get(0);
		assertThat(equalToJson("{\"queueTicket\":\"A012\"}", true, true).match(sent.getBodyAsString()).isExactMatch()).isTrue();
	}

	@Test
	void aFilingWithoutATicketSendsNone() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/dossiers")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody(Fixtures.dossier(2, "Được tiếp nhận", "[]", 1440L, false))));

		assertThat(officerPage("/officer/file/HT-XAC-NHAN-HON-NHAN").select("input[name=queueTicket], #file-ticket")).isEmpty();
		posting("/officer/file/HT-XAC-NHAN-HON-NHAN", filled(), false);

		assertThat(gateway.server.findAll(postRequestedFor(urlEqualTo("/api/v1/intake/dossiers"))).get(0).getBodyAsString())
			.doesNotContain("queueTicket");
	}

	@Test
	void theApisFieldErrorsLandInVietnameseAtTheirInputsIncludingADocumentsRow() {
		gateway.server.stubFor(post(urlEqualTo("/api/v1/intake/dossiers")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:invalid-request","status":400,"errors":[
					 {"field":"submitter.phone","message":"must be a Vietnamese phone number such as 0912345678"},
					 {"field":"documents[0]","message":"must count at least one original, certified copy or copy"}]}""")));
		Map<String, String> form = filled();
		form.put("submitter.phone", "12345");
		form.put("doc.to-khai.originals", "0");

		EntityExchangeResult<String> answer = posting("/officer/file/HT-XAC-NHAN-HON-NHAN", form, false);

		assertThat(answer.getStatus().value()).isEqualTo(400);
		Document page = html(answer);
		assertThat(page.select("#file-problem").text()).isNotBlank();
		assertThat(page.select("#f-submitter-phone-error").text()).isEqualTo("Phải là số điện thoại Việt Nam, ví dụ 0912345678.");
		assertThat(page.select("#f-submitter-phone").attr("aria-describedby")).isEqualTo("f-submitter-phone-error");
		assertThat(page.select("#f-submitter-phone").val()).isEqualTo("12345");
		assertThat(page.select("#doc-to-khai-error").text()).isEqualTo("Phải có ít nhất một bản chính, bản sao chứng thực hoặc bản sao.");
		assertThat(page.select("#doc-to-khai-originals").val()).isEqualTo("0");
		assertThat(page.select("#f-submitter-fullName").val()).isEqualTo("Nguyễn Văn An");
		assertThat(page.select("input[name=idempotencyKey]").val()).isEqualTo("3f1c1c8e-2d1b-4b7a-9f43-0d2c9b1e6a11");
	}

	private static Map<String, String> filled() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("idempotencyKey", "3f1c1c8e-2d1b-4b7a-9f43-0d2c9b1e6a11");
		form.put("wardCode", "20242");
		form.put("doc.to-khai", "on");
		form.put("doc.to-khai.originals", "1");
		form.put("doc.to-khai.certifiedCopies", "0");
		form.put("doc.to-khai.copies", "0");
		form.put("doc.giay-to-ly-hon.originals", "0");
		form.put("doc.giay-to-ly-hon.certifiedCopies", "1");
		form.put("doc.giay-to-ly-hon.copies", "0");
		form.put("submitter.idNumber", "038087042028");
		form.put("submitter.fullName", "Nguyễn Văn An");
		form.put("submitter.dateOfBirth", "1987-03-02");
		form.put("submitter.gender", "");
		form.put("submitter.phone", "0912345678");
		form.put("submitter.email", "");
		form.put("submitter.address.line", "12 Lê Lợi");
		form.put("submitter.notificationPreference", "SMS");
		form.put("sets", "1");
		form.put("notes", "");
		return form;
	}

}
