package vn.onestop.web.procedures;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import vn.onestop.web.PageTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ProcedurePagesTest extends PageTest {

	static final String CATALOGUE = """
			{"items":[
			 {"code":"HT-KHAI-SINH","name":"Đăng ký khai sinh","field":{"code":"HO_TICH","name":"Hộ tịch"},"version":1,
			  "processingTime":{"amount":0,"unit":"WORKING_DAYS","sameDayCutoff":"15:00"},
			  "fee":{"kind":"FREE","amountVnd":null,"note":null},"channels":["IN_PERSON","ONLINE"],"legalBasis":"Luật Hộ tịch 2014",
			  "requiredDocuments":[{"position":1,"key":"to-khai","name":"Tờ khai đăng ký khai sinh","originals":1,"certifiedCopies":0,"copies":0,"mandatory":true},
			   {"position":2,"key":"giay-chung-sinh","name":"Giấy chứng sinh","originals":1,"certifiedCopies":0,"copies":0,"mandatory":true}]},
			 {"code":"CT-BAN-SAO","name":"Cấp bản sao từ sổ gốc","field":{"code":"CHUNG_THUC","name":"Chứng thực"},"version":2,
			  "processingTime":{"amount":2,"unit":"WORKING_DAYS","sameDayCutoff":null},
			  "fee":{"kind":"PER_ITEM","amountVnd":8000,"note":"8.000 đồng/bản"},"channels":["IN_PERSON"],"legalBasis":null,
			  "requiredDocuments":[]}
			],"page":0,"size":100,"totalItems":2,"totalPages":1}""";

	@Test
	void listsTheCatalogueWithFieldProcessingTimeAndFee() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures")).willReturn(okJson(CATALOGUE)));

		Document page = page("/procedures");

		assertThat(page.select(".procedure-item h2 a").eachText()).containsExactly("Đăng ký khai sinh", "Cấp bản sao từ sổ gốc");
		assertThat(page.select(".procedure-item .meta").get(0).text()).isEqualTo("Hộ tịch · Trong ngày (nhận trước 15:00) · Miễn phí");
		assertThat(page.select(".procedure-item .meta").get(1).text()).isEqualTo("Chứng thực · 2 ngày làm việc · 8.000 đồng mỗi bản");
		assertThat(page.select(".procedure-item h2 a").first().attr("href")).isEqualTo("/procedures/HT-KHAI-SINH");
		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/intake/procedures")).withQueryParam("size",
				com.github.tomakehurst.wiremock.client.WireMock.equalTo("100")));
	}

	@Test
	void listsACatalogueOfAMegabyteWhichPassesWebClientsDefaultBufferOf256Kilobytes() {
		String catalogue = bigCatalogue();
		assertThat(catalogue.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(1_000_000);
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures")).willReturn(okJson(catalogue)));

		Document page = page("/procedures");

		assertThat(page.select(".procedure-item h2 a")).hasSize(100);
		assertThat(page.select(".procedure-item h2 a").last().text()).isEqualTo("Thủ tục số 99");
	}

	/** 100 procedures of 45 documents with long Vietnamese names: about 1.1 MB. */
	private static String bigCatalogue() {
		String procedures = java.util.stream.IntStream.range(0, 100).mapToObj(i -> """
				{"code":"TT-%03d","name":"Thủ tục số %d","field":{"code":"HO_TICH","name":"Hộ tịch"},"version":1,
				 "processingTime":{"amount":5,"unit":"WORKING_DAYS","sameDayCutoff":null},
				 "fee":{"kind":"FREE","amountVnd":null,"note":null},"channels":["IN_PERSON"],"legalBasis":"Luật Hộ tịch 2014",
				 "requiredDocuments":[%s]}""".formatted(i, i, java.util.stream.IntStream.range(0, 45).mapToObj(d -> """
				{"position":%d,"key":"giay-to-%d","name":"Bản sao giấy tờ chứng minh nhân thân, nơi cư trú và quan hệ nhân thân số %d của người yêu cầu đăng ký",
				 "originals":1,"certifiedCopies":0,"copies":1,"mandatory":true}""".formatted(d + 1, d, d))
			.collect(java.util.stream.Collectors.joining(",")))).collect(java.util.stream.Collectors.joining(","));
		return "{\"items\":[" + procedures + "],\"page\":0,\"size\":100,\"totalItems\":100,\"totalPages\":1}";
	}

	@Test
	void findsAProcedureTypedWithoutAccents() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures")).willReturn(okJson(CATALOGUE)));

		assertThat(page("/procedures?q=dang ky KHAI sinh").select(".procedure-item h2").eachText())
			.containsExactly("Đăng ký khai sinh");
		assertThat(page("/procedures?q=chung thuc").select(".procedure-item h2").eachText())
			.containsExactly("Cấp bản sao từ sổ gốc");
		Document none = page("/procedures?q=ket hon");
		assertThat(none.select(".procedure-item")).isEmpty();
		assertThat(none.text()).contains("Không có thủ tục nào phù hợp.");
		assertThat(none.select("input#q").val()).isEqualTo("ket hon");
	}

	@Test
	void answersAnHtmxSearchWithTheResultsOnly() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures")).willReturn(okJson(CATALOGUE)));

		String fragment = this.client.get()
			.uri("/procedures?q=sao")
			.header("HX-Request", "true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(fragment).doesNotContain("<html").doesNotContain("<header");
		Document results = org.jsoup.Jsoup.parseBodyFragment(fragment);
		assertThat(results.select("#results .procedure-item h2").eachText()).containsExactly("Cấp bản sao từ sổ gốc");
	}

	@Test
	void showsAProceduresDocumentsAndTheAppointmentInVietnamTime() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures/HT-KHAI-SINH")).willReturn(okJson(
				CATALOGUE.substring(CATALOGUE.indexOf("{\"code\":\"HT-KHAI-SINH\""), CATALOGUE.indexOf(",\n {\"code\":\"CT-BAN-SAO\"")))));
		// the API may answer in any offset: 02:30Z is 09:30 in Hanoi, 09:00Z is 16:00
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/calendar/due-time")).willReturn(okJson("""
				{"receivedAt":"2026-12-07T02:30:00Z","countingStartsAt":"2026-12-07T02:30:00Z",
				 "dueAt":"2026-12-07T09:00:00Z","amount":0,"unit":"WORKING_DAYS","sameDayCutoff":"15:00","workingHoursCounted":0}""")));

		Document page = page("/procedures/HT-KHAI-SINH?ward=20242");

		assertThat(page.select("h1").text()).isEqualTo("Đăng ký khai sinh");
		assertThat(page.select("table.documents tbody tr")).hasSize(2);
		assertThat(page.select("table.documents tbody tr").get(0).select("td").eachText())
			.containsExactly("Tờ khai đăng ký khai sinh", "1", "0", "0", "Bắt buộc");
		assertThat(page.select("#appointment").text())
			.isEqualTo("Nếu nộp hồ sơ lúc 07/12/2026 09:30, ngày hẹn trả kết quả là 07/12/2026 16:00.");
		assertThat(page.select(".facts").text()).contains("Trực tiếp, Trực tuyến").contains("Luật Hộ tịch 2014");
		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/intake/calendar/due-time"))
			.withQueryParam("amount", com.github.tomakehurst.wiremock.client.WireMock.equalTo("0"))
			.withQueryParam("unit", com.github.tomakehurst.wiremock.client.WireMock.equalTo("WORKING_DAYS"))
			.withQueryParam("sameDayCutoff", com.github.tomakehurst.wiremock.client.WireMock.equalTo("15:00"))
			.withQueryParam("ward", com.github.tomakehurst.wiremock.client.WireMock.equalTo("20242")));
	}

	@Test
	void saysSoWhenTheAppointmentCannotBeComputed() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures/CT-BAN-SAO")).willReturn(okJson(
				CATALOGUE.substring(CATALOGUE.indexOf("{\"code\":\"CT-BAN-SAO\""), CATALOGUE.lastIndexOf("],\"page\"")))));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/calendar/due-time")).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://onestop.gov.vn/problems/calendar-not-covered\",\"status\":422}")));

		Document page = page("/procedures/CT-BAN-SAO");

		assertThat(page.select(".appointment").text()).contains("Chưa tính được ngày hẹn trả lúc này.");
	}

	@Test
	void answers404ForAnUnknownProcedure() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures/NOPE")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://onestop.gov.vn/problems/not-found\",\"status\":404}")));

		String body = this.client.get().uri("/procedures/NOPE").exchange().expectStatus().isEqualTo(HttpStatus.NOT_FOUND)
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(org.jsoup.Jsoup.parse(body).select("h1").text()).isEqualTo("Không tìm thấy thủ tục có mã NOPE.");
	}

	@Test
	void saysTheServiceIsBusyWhenTheApiFails() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/procedures")).willReturn(aResponse().withStatus(503)));

		String body = this.client.get().uri("/procedures").exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(org.jsoup.Jsoup.parse(body).select("[role=alert]").text())
			.isEqualTo("Hệ thống đang bận hoặc tạm thời không khả dụng. Vui lòng thử lại sau ít phút.");
	}

}
