package vn.onestop.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leader's and the citizen's pages in a real Chromium on the one-command platform, through the gateway: a
 * dossier filed and moved to "returned" through the API with the demo tokens is looked up and rated by its citizen
 * on the look-up page (as the receipt's QR link opens it), and the ward leader, signed in at the demo login, finds
 * it counted on the dashboard: received, returned, rated. The leader then decides a second supplement request an
 * officer asked approval for, and the citizen, signed in, sees their dossiers and withdraws consent. Every page is photographed at phone and laptop width into
 * {@code target/screenshots} and scanned with axe-core for WCAG 2.1 A/AA violations.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeaderAndCitizenPagesIT {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	static Path data;

	private static String gateway;

	private static PlatformInBrowser platform;

	private static Browser browser;

	private static String dossierCode;

	@BeforeAll
	static void startPlatformAndBrowser() throws IOException {
		platform = PlatformInBrowser.start(data);
		gateway = platform.gateway();
		browser = platform.browser();
	}

	@AfterAll
	static void stop() throws IOException {
		if (platform != null) {
			platform.close();
		}
	}

	@Test
	@Order(1)
	void theCitizenRatesTheReturnedDossierOnceFromTheLookupPage() throws Exception {
		dossierCode = fileAndReturnADossier();

		browser.size(Browser.PHONE);
		open("/lookup?code=" + dossierCode);
		assertThat(browser.driver().findElement(By.id("code")).getAttribute("value")).isEqualTo(dossierCode);
		browser.driver().findElement(By.id("phoneLast4")).sendKeys("5678");
		browser.driver().findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("lookup-result")));
		assertThat(text("#lookup-result .status")).isEqualTo("Đã trả kết quả");
		assertThat(text("#ward-name")).isEqualTo("Phường Hải Châu, Đà Nẵng");
		assertThat(browser.driver().findElements(By.cssSelector("form.rating-form input[type=radio]"))).hasSize(3);
		shoot("20-lookup-returned-rating-form-390w");

		browser.driver().findElement(By.cssSelector("form.rating-form button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("rating-error")));
		assertThat(text("#rating-error")).isNotBlank();
		shoot("21-rating-field-error-390w");

		browser.driver().findElement(By.cssSelector("label[for=rating-SATISFIED]")).click();
		browser.driver().findElement(By.id("comment")).sendKeys("Cán bộ hướng dẫn tận tình");
		browser.driver().findElement(By.cssSelector("form.rating-form button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rating-outcome.ok")));
		assertThat(text("#rating-outcome")).isEqualTo("Cảm ơn bạn đã đánh giá. Ý kiến của bạn đã được ghi nhận.");
		assertThat(browser.driver().findElements(By.cssSelector("form.rating-form"))).isEmpty();
		shoot("22-rating-thanks-390w");

		HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/dossiers/"
				+ dossierCode + "/rating")).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"rating\":\"VERY_SATISFIED\",\"phoneLast4\":\"5678\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
	}

	@Test
	@Order(2)
	void theLeaderSignsInAndTheDashboardCountsItReceivedReturnedAndRated() throws Exception {
		browser.driver().manage().deleteAllCookies();
		browser.size(Browser.LAPTOP);
		open("/leader");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("demo-leader")));
		browser.driver().findElement(By.id("demo-leader")).click();
		wait(driver -> driver.getCurrentUrl().startsWith(gateway + "/leader"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("report")));
		assertThat(text(".signed-in")).contains("Lãnh đạo Trần Thị Bình");
		assertThat(text(".tabs a.active")).isEqualTo("Hôm nay");
		assertThat(text("#received-count")).isEqualTo("1");
		assertThat(text("#returned h2")).isEqualTo("Đã trả kết quả: 1 hồ sơ");
		assertThat(text("#returned")).contains("Trước hạn 1 (100,0 %)");
		assertThat(text("#satisfaction h2")).isEqualTo("Đánh giá của người dân: 1 lượt");
		assertThat(text("#satisfaction")).contains("Hài lòng 1 (100,0 %)");
		assertThat(text("#decision766 tfoot tr")).isEqualTo("Toàn phường 1 100,0 % 0,0 % 100,0 %");
		shoot("23-leader-dashboard-today-1366w");
		browser.size(Browser.PHONE);
		browser.driver().navigate().refresh();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("report")));
		shoot("24-leader-dashboard-today-390w");

		browser.size(Browser.LAPTOP);
		browser.driver().findElement(By.linkText("Tháng này")).click();
		wait(driver -> driver.getCurrentUrl().contains("period=month"));
		assertThat(text("#received-count")).isEqualTo("1");
		shoot("25-leader-dashboard-month-1366w");

		// a date input's typing order follows the browser's locale; the value itself does not
		browser.driver().executeScript("document.getElementById('from').value = '2026-12-31';"
				+ "document.getElementById('to').value = '2026-12-01';");
		browser.driver().findElement(By.cssSelector(".period-form button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("from-error")));
		assertThat(text("#from-error")).isEqualTo("Ngày bắt đầu không được sau ngày kết thúc.");
		shoot("26-leader-dashboard-period-error-1366w");
	}

	@Test
	@Order(3)
	void theLeaderRefusesWithoutAReasonThenApprovesASecondSupplementRequest() throws Exception {
		String code = file("0912345678");
		ok(api("POST", "/api/v1/intake/dossiers/" + code + "/actions/request-supplement", "OFFICER_TOKEN",
				"{\"missingItems\":[\"Tờ khai có chữ ký\"]}"));
		ok(api("POST", "/api/v1/intake/dossiers/" + code + "/actions/supplement-received", "OFFICER_TOKEN", "{}"));
		HttpResponse<String> asked = api("POST", "/api/v1/intake/dossiers/" + code + "/approval-requests", "OFFICER_TOKEN",
				"{\"action\":\"request-supplement\",\"missingItems\":[\"Bản sao giấy chứng sinh\"]}");
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);

		browser.size(Browser.LAPTOP);
		open("/leader/approvals");
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".approval")));
		assertThat(text("#approvals-count")).isEqualTo("1 việc đang chờ");
		assertThat(text(".approval h2")).isEqualTo("Yêu cầu bổ sung hồ sơ lần hai — " + code);
		assertThat(text(".approval")).contains("Bản sao giấy chứng sinh");
		shoot("27-leader-approvals-1366w");
		browser.size(Browser.PHONE);
		browser.driver().navigate().refresh();
		shoot("28-leader-approvals-390w");

		browser.driver().findElement(By.cssSelector(".approval form.stacked button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".approval .field-error")));
		assertThat(text(".approval .field-error")).isEqualTo("Vui lòng nêu lý do từ chối.");
		shoot("29-leader-refusal-needs-reason-390w");

		browser.driver().findElement(By.cssSelector(".approval-forms form:not(.stacked) button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("approvals-done")));
		assertThat(text("#approvals-done")).isEqualTo("Đã phê duyệt. Việc đã được thực hiện đứng tên lãnh đạo.");
		assertThat(text("#approvals-count")).isEqualTo("0 việc đang chờ");
		shoot("30-leader-approved-390w");
		HttpResponse<String> dossier = api("GET", "/api/v1/intake/dossiers/" + code, "OFFICER_TOKEN", "");
		assertThat(dossier.body()).contains("\"code\":5");
	}

	@Test
	@Order(4)
	void theCitizenSignsInSeesTheirDossiersAndWithdrawsConsent() throws Exception {
		browser.driver().manage().deleteAllCookies();
		browser.size(Browser.PHONE);
		open("/citizen");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("demo-citizen")));
		browser.driver().findElement(By.id("demo-citizen")).click();
		wait(driver -> driver.getCurrentUrl().startsWith(gateway + "/citizen"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("my-dossiers")));
		assertThat(text("#my-dossiers")).contains(dossierCode, "Đã trả kết quả");
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.switch-form")));
		shoot("31-citizen-own-dossiers-390w");

		browser.driver().findElement(By.cssSelector("label[for=channel-NONE]")).click();
		if (browser.driver().findElement(By.id("consent")).isSelected()) {
			browser.driver().findElement(By.cssSelector("label[for=consent]")).click();
		}
		browser.driver().findElement(By.cssSelector("form.switch-form button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("preferences-saved")));
		assertThat(browser.driver().findElement(By.id("channel-NONE")).isSelected()).isTrue();
		assertThat(browser.driver().findElement(By.id("consent")).isSelected()).isFalse();
		shoot("32-citizen-consent-withdrawn-390w");
		browser.size(Browser.LAPTOP);
		browser.driver().navigate().refresh();
		shoot("33-citizen-own-dossiers-1366w");
	}

	/** Filed at the counter of the demo ward for the demo citizen, then transferred, ready and returned. */
	private static String fileAndReturnADossier() throws Exception {
		String code = file("0912345678");
		for (String action : List.of("transfer", "result-ready", "return")) {
			ok(api("POST", "/api/v1/intake/dossiers/" + code + "/actions/" + action, "OFFICER_TOKEN", "{}"));
		}
		return code;
	}

	/** Filed at the counter of the demo ward with the officer's token, submitted by the demo citizen. */
	private static String file(String phone) throws Exception {
		HttpResponse<String> filed = api("POST", "/api/v1/intake/dossiers", "OFFICER_TOKEN", """
				{"procedureCode":"HT-XAC-NHAN-HON-NHAN","wardCode":"20242","channel":"IN_PERSON",
				 "submitter":{"fullName":"Hoàng Minh Em","idNumber":"048187000123","dateOfBirth":"1987-05-20",
				   "phone":"%s","address":{"line":"12 Lê Lợi","wardCode":"20242"}},
				 "documents":[{"key":"to-khai","originals":1}],"sets":1}""".formatted(phone));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(filed.body());
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	private static void ok(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(200);
	}

	private static HttpResponse<String> api(String method, String path, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
			.header("Authorization", "Bearer " + token(token));
		if (body.isEmpty()) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String text(String css) {
		return browser.driver().findElement(By.cssSelector(css)).getText().replaceAll("\\s+", " ").strip();
	}

	private static void open(String path) {
		platform.open(path);
	}

	/** A screenshot of the page, and its accessibility scan: no WCAG 2.1 A/AA violation. */
	private static void shoot(String name) throws IOException {
		platform.shoot(name);
	}

	private static <T> T wait(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
		return platform.waitUntil(condition);
	}

	static String token(String name) throws IOException {
		return platform.token(name);
	}

}
