package vn.onestop.web.officer;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import vn.onestop.web.PageTest;
import vn.onestop.web.TestIdentityProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class InboxPageTest extends PageTest {

	static final String PAGE = """
			{"items":[
			 {"code":"20242-261201-0003","wardCode":"20242","procedure":{"code":"HT-KHAI-SINH","name":"Đăng ký khai sinh"},
			  "status":{"code":2,"name":"RECEIVED","label":"Được tiếp nhận"},"appointmentAt":"2026-12-04T10:00:00Z","nearDue":false,"overdue":true},
			 {"code":"20242-261205-0001","wardCode":"20242","procedure":{"code":"CT-BAN-SAO","name":"Cấp bản sao từ sổ gốc"},
			  "status":{"code":2,"name":"RECEIVED","label":"Được tiếp nhận"},"appointmentAt":"2026-12-08T09:00:00+07:00","nearDue":true,"overdue":false}
			],"page":0,"size":50,"totalItems":2,"totalPages":1}""";

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	@Test
	void showsTheTabTheCountsAndTheOverdueDossierInRed() {
		TestIdentityProvider.SignIn signIn = this.idp.signIn(this.client, "/officer", "demo-officer", "Cán bộ Một",
				List.of("OFFICER"), "officer-token");
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/dossiers")).withQueryParam("size", equalTo("50"))
			.willReturn(okJson(PAGE)));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/dossiers")).withQueryParam("nearDue", equalTo("true"))
			.willReturn(okJson("{\"items\":[],\"page\":0,\"size\":1,\"totalItems\":3,\"totalPages\":3}")));
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/dossiers")).withQueryParam("overdue", equalTo("true"))
			.willReturn(okJson("{\"items\":[],\"page\":0,\"size\":1,\"totalItems\":1,\"totalPages\":1}")));

		Document page = html(this.client.get().uri("/officer?tab=received").cookies(c -> signIn.cookies().forEach(c::add))
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult());

		assertThat(page.select("#near-due-count").text()).isEqualTo("3");
		assertThat(page.select("#overdue-count").text()).isEqualTo("1");
		assertThat(page.select(".tabs a.active").text()).isEqualTo("Được tiếp nhận");
		assertThat(page.select(".tabs a.active").attr("aria-current")).isEqualTo("page");
		assertThat(page.select("table.inbox tbody tr")).hasSize(2);
		assertThat(page.select("table.inbox tbody tr").get(0).select("td").eachText()).containsExactly("20242-261201-0003",
				"Đăng ký khai sinh", "Được tiếp nhận", "04/12/2026 17:00", "Không còn tính giờ", "Quá hạn");
		assertThat(page.select("table.inbox tbody tr").get(0).select("td.overdue")).hasSize(1);
		assertThat(page.select("table.inbox tbody tr").get(1).select("td.near-due").text()).isEqualTo("Sắp đến hạn");
		gateway.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/intake/dossiers")).withQueryParam("size", equalTo("50"))
			.withQueryParam("status", equalTo("2"))
			.withQueryParam("nearDue", absent()));
	}

}
