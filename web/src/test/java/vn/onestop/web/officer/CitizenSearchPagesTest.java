package vn.onestop.web.officer;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class CitizenSearchPagesTest extends OfficerPageTest {

	private static final String ID = "5b1f0a52-8f0e-4a8e-9a55-0c5f6f3b1a01";

	@Test
	void theNameIsPostedAndCitizenServiceSearchesItWithoutAccents() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/citizens/search")).willReturn(okJson("""
				{"items":[{"id":"%s","fullName":"Nguyễn Văn An","dateOfBirth":"1987-03-02","gender":"MALE",
				 "maskedIdNumber":"038******028","wardCode":"20242","active":true}],"page":0,"size":20,"hasNext":false}""".formatted(ID))));

		EntityExchangeResult<String> answer = posting("/officer/citizens", Map.of("name", "nguyen van an"), false);

		Document page = html(answer);
		assertThat(page.select("#citizen-results tbody tr td").eachText())
			.containsExactly("Nguyễn Văn An", "02/03/1987", "038******028", "20242");
		assertThat(page.select("#citizen-results a").attr("href")).isEqualTo("/officer/citizens/" + ID);
		assertThat(page.select("#citizen-name").val()).isEqualTo("nguyen van an");
		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/citizens/search"))
			.withQueryParam("name", equalTo("nguyen van an")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
	}

	@Test
	void citizenServicesFieldErrorIsShownInVietnameseAtTheNameFieldWithTheNameTyped() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/citizens/search")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/problem+json").withBody("""
					{"type":"urn:onestop:problem:invalid-parameter","errors":[{"field":"name","message":"a name or a ward is required"}]}""")));

		EntityExchangeResult<String> answer = posting("/officer/citizens", Map.of("name", "-"), false);

		assertThat(answer.getStatus().value()).isEqualTo(400);
		Document page = html(answer);
		assertThat(page.select("#citizen-name-error").text()).isEqualTo("Vui lòng nhập họ tên (hoặc chọn phường) để tìm.");
		assertThat(page.select("#citizen-name").val()).isEqualTo("-");
		assertThat(page.select("#citizen-name").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void theRecordShowsTheCitizenAndTheHistoryOfChanges() {
		gateway.server.stubFor(get(urlEqualTo("/api/v1/citizens/" + ID)).willReturn(okJson("""
				{"id":"%s","fullName":"Nguyễn Văn An","idNumber":"038087042028","dateOfBirth":"1987-03-02","gender":"MALE",
				 "phone":"0912345678","email":"an@example.vn","address":{"line":"12 Lê Lợi","wardCode":"20242"},
				 "preferences":{"channel":"SMS","consent":true},"active":true}""".formatted(ID))));
		gateway.server.stubFor(get(urlEqualTo("/api/v1/citizens/" + ID + "/history")).willReturn(okJson("""
				[{"version":1,"action":"REGISTERED","changedAt":"2026-12-01T02:30:00Z","changedBy":"demo-officer","changes":[]},
				 {"version":2,"action":"UPDATED","changedAt":"2026-12-05T08:00:00Z","changedBy":"demo-officer",
				  "changes":[{"field":"phone","oldValue":"09******78","newValue":"09******99"},
				   {"field":"dateOfBirth","oldValue":"1987-03-12","newValue":"1987-03-02"},
				   {"field":"preferences.channel","oldValue":"NOT_CHOSEN","newValue":"SMS"}]}]""")));

		Document page = officerPage("/officer/citizens/" + ID);

		assertThat(page.select("h1#citizen-name").text()).isEqualTo("Nguyễn Văn An");
		assertThat(page.select("dl.facts").text()).contains("038087042028", "02/03/1987", "Nam", "0912345678", "Tin nhắn SMS");
		assertThat(page.select("#citizen-history > li")).hasSize(2);
		assertThat(page.select("#citizen-history > li").get(0).text()).contains("01/12/2026 09:30", "Tạo hồ sơ công dân");
		assertThat(page.select("#citizen-history > li").get(1).text()).contains("05/12/2026 15:00", "Cập nhật",
				"Điện thoại", "09******78", "09******99", "Ngày sinh: 12/03/1987 → 02/03/1987",
				"Kênh nhận thông báo: Chưa chọn → Tin nhắn SMS");
	}

}
