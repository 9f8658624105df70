package vn.onestop.web.officer;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.web.officer.Fixtures.CODE;

class PrintPagesTest extends OfficerPageTest {

	private static final String DOSSIER = "/api/v1/intake/dossiers/" + CODE;

	@Test
	void theReceiptIsForm01WithAQrCodeOfTheLookUpPageForThisCodeOnly() {
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/receipt")).willReturn(okJson(Fixtures.receipt())));

		Document page = officerPage("/officer/dossiers/" + CODE + "/receipt");

		assertThat(page.select("#slip-title").text()).isEqualTo("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
		assertThat(page.select(".slip-form").text()).isEqualTo("Mẫu số 01");
		assertThat(page.select("#slip-code").text()).isEqualTo(CODE);
		assertThat(page.select(".receipt-facts").text()).contains("Nguyễn Văn An", "038087042028",
				"Cấp Giấy xác nhận tình trạng hôn nhân", "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "10/12/2026 09:30");
		assertThat(page.select(".slip-times").text()).contains("Hẹn trả kết quả lúc 09 giờ 30 phút, ngày 10/12/2026.");
		String lookup = page.select("#lookup-url").text();
		assertThat(lookup).endsWith("/lookup?code=" + CODE).doesNotContain("0912345678").doesNotContain("038087042028");
		assertThat(page.select("#lookup-qr").attr("src")).isEqualTo(QrCodeSvg.dataUri(lookup))
			.isNotEqualTo(QrCodeSvg.dataUri(lookup.replace(CODE, "20242-261207-0002")));
		assertThat(page.select("#lookup-qr").attr("alt")).isNotBlank();
		assertThat(page.select("main.paper-a4")).hasSize(1);
		assertThat(page.select("button[data-print]")).hasSize(1);
		assertThat(page.select("script[src=/assets/js/print.js]")).hasSize(1);
	}

	@Test
	void aReceiptOfADossierFiledFromAQueueTicketShowsTheTicket() {
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/receipt")).willReturn(okJson(Fixtures.receipt()
			.replace("\"receivedBy\":\"demo-officer\"", "\"receivedBy\":\"demo-officer\",\"queueTicket\":\"A012\""))));

		Document page = officerPage("/officer/dossiers/" + CODE + "/receipt?paper=80mm");

		assertThat(page.select("#receipt-queue-ticket").text()).isEqualTo("A012");
		assertThat(page.select("#receipt-queue-ticket").prev().text()).isEqualTo("Số thứ tự");
	}

	@Test
	void aReceiptWithoutTicketShowsNone() {
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/receipt")).willReturn(okJson(Fixtures.receipt())));

		assertThat(officerPage("/officer/dossiers/" + CODE + "/receipt").select(".receipt-facts").text()).doesNotContain("Số thứ tự");
	}

	@Test
	void theReceiptPrintsOn80MillimetrePaperToo() {
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/receipt")).willReturn(okJson(Fixtures.receipt())));

		Document page = officerPage("/officer/dossiers/" + CODE + "/receipt?paper=80mm");

		assertThat(page.select("main.paper-80")).hasSize(1);
		assertThat(page.select(".print-bar a[aria-current=page]").text()).isEqualTo("Giấy in nhiệt 80 mm");
		String css = this.client.get().uri("/assets/css/officer.css").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(css).contains("@media print").contains("@page { size: A4").contains("@page roll { size: 80mm")
			.contains(".paper-80 { page: roll; }");
	}

	@Test
	void theQrCodeIsAnSvgDrawnOnTheServer() {
		String svg = QrCodeSvg.svg("http://localhost:8080/lookup?code=" + CODE);
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").contains("<path d=\"M4,4h1v1h-1z");
		assertThat(QrCodeSvg.dataUri("x")).startsWith("data:image/svg+xml;base64,");
	}

	@Test
	void theApologyLetterIsForm04WithTheReasonAndTheNewAppointment() {
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/receipt")).willReturn(okJson(Fixtures.receipt())));
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/history")).willReturn(okJson(Fixtures.history(Fixtures.apology()))));

		Document page = officerPage("/officer/dossiers/" + CODE + "/apology-letter");

		assertThat(page.select("#letter-title").text()).isEqualTo("VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
		assertThat(page.select(".slip-form").text()).isEqualTo("Mẫu số 04");
		assertThat(page.select(".letter").text()).contains("Kính gửi: Ông/Bà Nguyễn Văn An", CODE,
				"ngày hẹn trả kết quả là 10/12/2026 09:30");
		assertThat(page.select("#apology-reason").text()).isEqualTo("Cần xác minh tại nơi cư trú");
		assertThat(page.select("#apology-new").text()).isEqualTo("14/12/2026 15:00");
		assertThat(page.select(".letter-date").text()).isEqualTo("Lập lúc 09/12/2026 10:00");
	}

	@Test
	void aDossierWithoutApologyHasNoLetterToPrint() {
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/receipt")).willReturn(okJson(Fixtures.receipt())));
		gateway.server.stubFor(get(urlEqualTo(DOSSIER + "/history")).willReturn(okJson(Fixtures.history())));

		EntityExchangeResult<String> answer = getting("/officer/dossiers/" + CODE + "/apology-letter");

		assertThat(answer.getStatus().value()).isEqualTo(404);
		assertThat(html(answer).select("main").text()).contains("chưa có văn bản xin lỗi");
	}

}
