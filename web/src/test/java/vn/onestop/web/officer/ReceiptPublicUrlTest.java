package vn.onestop.web.officer;

import java.net.URI;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.web.officer.Fixtures.CODE;

/** With {@code WEB_PUBLIC_URL} set, the receipt's QR code leads there, not to the address the slip was printed from. */
@TestPropertySource(properties = "web.public-url=https://motcua.example.vn/phuong/")
class ReceiptPublicUrlTest extends OfficerPageTest {

	@Test
	void theQrCodeOfTheReceiptLeadsToTheConfiguredPublicAddress() {
		gateway.server.stubFor(get(urlEqualTo("/api/v1/intake/dossiers/" + CODE + "/receipt")).willReturn(okJson(Fixtures.receipt())));

		Document page = officerPage("/officer/dossiers/" + CODE + "/receipt");

		String expected = "https://motcua.example.vn/phuong/lookup?code=" + CODE;
		assertThat(page.select("#lookup-url").text()).isEqualTo(expected);
		assertThat(page.select("#lookup-qr").attr("src")).isEqualTo(QrCodeSvg.dataUri(expected));
	}

	@Test
	void withoutAPublicAddressTheRequestsOriginIsUsed() {
		assertThat(PrintController.lookupUrl(null, URI.create("http://10.0.0.5:8080/officer/dossiers/x/receipt?paper=a4"), CODE))
			.isEqualTo("http://10.0.0.5:8080/lookup?code=" + CODE);
		assertThat(PrintController.lookupUrl(URI.create("https://motcua.example.vn"),
				URI.create("http://10.0.0.5:8080/officer/dossiers/x/receipt"), CODE))
			.isEqualTo("https://motcua.example.vn/lookup?code=" + CODE);
	}

}
