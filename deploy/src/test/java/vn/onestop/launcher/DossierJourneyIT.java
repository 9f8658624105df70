package vn.onestop.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One dossier's life in a real Chromium on the one-command platform, through the gateway, as the people who use it
 * see it. The steps run in order and share the dossier: they are numbered 10, 20, 30 so that the citizen's rating
 * (40) and the leader's dashboard counting it (50) can be appended. After the journey, an officer of another ward
 * tries to open the dossier. Every page is photographed into {@code target/screenshots} (prefix {@code journey-})
 * and scanned with axe-core for WCAG 2.1 A/AA violations.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierJourneyIT {

	private static final String ID_NUMBER = "001190012345";

	private static final String SUBMITTER = "Trần Thị Hồng Nhung";

	private static final String PHONE = "0987654321";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	static Path data;

	private static String gateway;

	private static PlatformInBrowser platform;

	private static Browser browser;

	/** What the steps pass on: the dossier filed in step 10 and the look-up URL its receipt's QR code carries. */
	private static String dossierCode;

	private static String lookupUrl;

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
	@Order(10)
	void anOfficerSignsInFilesADossierAndPrintsTheReceipt() throws Exception {
		browser.size(Browser.LAPTOP);
		signInAs("demo-officer");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("inbox-q")));
		shoot("journey-01-inbox-1366w");
		long before = dossiersOfTheWard();

		browser.driver().findElement(By.linkText("Tiếp nhận hồ sơ mới")).click();
		WebElement search = wait(ExpectedConditions.presenceOfElementLocated(By.id("procedure-q")));
		search.sendKeys("xac nhan hon nhan");
		wait(driver -> driver.findElements(By.cssSelector("#procedure-results li")).size() == 1);
		shoot("journey-02-procedure-picker-1366w");
		browser.driver().findElement(By.cssSelector("#procedure-results a")).click();

		wait(ExpectedConditions.presenceOfElementLocated(By.id("filing")));
		assertThat(text("file-procedure")).isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân");
		assertThat(text("checklist-summary")).contains("bắt buộc");
		assertThat(text("appointment-text")).matches("(?s).*ngày hẹn trả kết quả là \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\..*");
		type("f-submitter-idNumber", ID_NUMBER);
		browser.driver().findElement(By.id("find-submitter")).click();
		wait(driver -> !driver.findElements(By.id("submitter-not-found")).isEmpty()
				|| !driver.findElements(By.id("submitter-found")).isEmpty());
		type("f-submitter-fullName", SUBMITTER);
		setValue("f-submitter-dateOfBirth", "1990-06-15");
		type("f-submitter-phone", "09876");
		type("f-submitter-address-line", "25 Trần Phú");
		browser.driver().findElement(By.id("file-submit")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("f-submitter-phone-error")));
		assertThat(text("f-submitter-phone-error")).isNotBlank();
		assertThat(browser.driver().findElement(By.id("f-submitter-fullName")).getAttribute("value")).isEqualTo(SUBMITTER);
		shoot("journey-03-filing-field-error-1366w");

		browser.driver().findElement(By.id("f-submitter-phone")).clear();
		type("f-submitter-phone", PHONE);
		browser.size(Browser.PHONE);
		shoot("journey-04-filing-form-390w");
		browser.size(Browser.LAPTOP);
		// a double click on "file": the form's Idempotency-Key makes it one dossier
		new Actions(browser.driver()).doubleClick(browser.driver().findElement(By.id("file-submit"))).perform();

		wait(ExpectedConditions.presenceOfElementLocated(By.id("slip-code")));
		dossierCode = text("slip-code");
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(gateway + "/officer/dossiers/" + dossierCode + "/receipt");
		assertThat(text("slip-title")).isEqualTo("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
		assertThat(text("receipt-submitter")).isEqualTo(SUBMITTER);
		lookupUrl = text("lookup-url");
		assertThat(lookupUrl).isEqualTo(gateway + "/lookup?code=" + dossierCode);
		assertThat(browser.driver().findElement(By.id("lookup-qr")).getAttribute("src")).startsWith("data:image/svg+xml;base64,");
		assertThat(dossiersOfTheWard()).as("one dossier for a double click").isEqualTo(before + 1);
		shoot("journey-05-receipt-a4-1366w");
		printPreview("journey-05-receipt-a4-print");
		browser.driver().findElement(By.linkText("Giấy in nhiệt 80 mm")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.paper-80")));
		shoot("journey-06-receipt-80mm-1366w");
		printPreview("journey-06-receipt-80mm-print");
	}

	@Test
	@Order(20)
	void theCitizenOpensTheQrLinkAndSeesTheDossierReceived() throws Exception {
		browser.size(Browser.PHONE);
		browser.driver().manage().deleteAllCookies();
		browser.driver().get(lookupUrl);
		assertThat(browser.driver().findElement(By.id("code")).getAttribute("value")).isEqualTo(dossierCode);
		browser.driver().findElement(By.id("phoneLast4")).sendKeys(PHONE.substring(PHONE.length() - 4));
		browser.driver().findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("lookup-result")));
		// the national status code 2 in the citizen's words (the officer's page keeps the national "Được tiếp nhận")
		assertThat(browser.driver().findElement(By.cssSelector("#lookup-result .status")).getText()).isEqualTo("Đã tiếp nhận");
		shoot("journey-07-citizen-lookup-from-qr-390w");
	}

	@Test
	@Order(30)
	void theOfficerApologizesThenMovesItToResultReadyAndReturned() throws Exception {
		browser.size(Browser.LAPTOP);
		signInAs("demo-officer");
		open("/officer/dossiers/" + dossierCode);
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dossier-status")));
		assertThat(text("dossier-status")).isEqualTo("Được tiếp nhận");
		assertThat(browser.driver().findElements(By.id("action-return"))).isEmpty();
		shoot("journey-08-dossier-received-1366w");

		act("action-transfer", "Đang xử lý");

		// an apology with no new appointment: intake's field error beside the field
		browser.driver().findElement(By.cssSelector("#form-apologize summary")).click();
		type("apologize-reason", "Cần xác minh thêm tại nơi cư trú");
		browser.driver().findElement(By.id("submit-apologize")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("apologize-newAppointmentAt-error")));
		assertThat(browser.driver().findElement(By.id("apologize-reason")).getAttribute("value"))
			.isEqualTo("Cần xác minh thêm tại nơi cư trú");
		shoot("journey-09-apology-field-error-1366w");
		LocalDateTime due = LocalDateTime.parse(text("dossier-appointment"), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
		setValue("apologize-newAppointmentAt", due.plusDays(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
		browser.driver().findElement(By.id("submit-apologize")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("done")));
		assertThat(text("dossier-appointment")).isEqualTo(due.plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
		browser.driver().findElement(By.id("apology-letter-link")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("letter-title")));
		assertThat(text("apology-reason")).isEqualTo("Cần xác minh thêm tại nơi cư trú");
		shoot("journey-10-apology-letter-1366w");
		printPreview("journey-10-apology-letter-print");
		browser.driver().navigate().back();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("dossier-status")));

		act("action-result-ready", "Đã xử lý xong");
		shoot("journey-11-dossier-result-ready-1366w");
		browser.size(Browser.PHONE);
		shoot("journey-12-dossier-result-ready-390w");
		browser.size(Browser.LAPTOP);
		act("action-return", "Đã trả kết quả");
		assertThat(browser.driver().findElements(By.cssSelector("#actions form"))).isEmpty();
		assertThat(text("timeline")).contains("Chuyển xử lý", "Xin lỗi, hẹn lại ngày trả", "Có kết quả", "Trả kết quả");
		shoot("journey-13-dossier-returned-1366w");
	}

	@Test
	@Order(40)
	void theCitizenRatesItOnceFromTheQrLink() throws Exception {
		browser.size(Browser.PHONE);
		browser.driver().manage().deleteAllCookies();
		browser.driver().get(lookupUrl);
		browser.driver().findElement(By.id("phoneLast4")).sendKeys(PHONE.substring(PHONE.length() - 4));
		browser.driver().findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("lookup-result")));
		assertThat(browser.driver().findElement(By.cssSelector("#lookup-result .status")).getText()).isEqualTo("Đã trả kết quả");
		assertThat(browser.driver().findElements(By.cssSelector("form.rating-form input[type=radio]"))).hasSize(3);
		browser.driver().findElement(By.cssSelector("label[for=rating-SATISFIED]")).click();
		browser.driver().findElement(By.id("comment")).sendKeys("Cán bộ hướng dẫn tận tình, đúng hẹn");
		browser.driver().findElement(By.cssSelector("form.rating-form button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rating-outcome.ok")));
		assertThat(browser.driver().findElements(By.cssSelector("form.rating-form"))).isEmpty();
		shoot("journey-13b-citizen-rated-390w");

		// once: the look-up no longer offers the form
		browser.driver().get(lookupUrl);
		browser.driver().findElement(By.id("phoneLast4")).sendKeys(PHONE.substring(PHONE.length() - 4));
		browser.driver().findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("lookup-result")));
		assertThat(browser.driver().findElements(By.cssSelector("form.rating-form"))).isEmpty();
	}

	@Test
	@Order(50)
	void theLeadersDashboardCountsItReceivedReturnedAndRated() throws Exception {
		browser.size(Browser.LAPTOP);
		browser.driver().manage().deleteAllCookies();
		open("/leader");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("demo-leader")));
		browser.driver().findElement(By.id("demo-leader")).click();
		wait(driver -> driver.getCurrentUrl().startsWith(gateway + "/leader"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("report")));
		assertThat(text("received-count")).isEqualTo(String.valueOf(dossiersOfTheWard())).isEqualTo("1");
		assertThat(browser.driver().findElement(By.cssSelector("#returned h2")).getText()).isEqualTo("Đã trả kết quả: 1 hồ sơ");
		assertThat(browser.driver().findElement(By.cssSelector("#satisfaction h2")).getText())
			.isEqualTo("Đánh giá của người dân: 1 lượt");
		assertThat(text("satisfaction").replaceAll("\\s+", " ")).contains("Hài lòng 1 (100,0 %)");
		shoot("journey-13c-leader-dashboard-counts-it-1366w");
	}

	@Test
	@Order(90)
	void theOfficerFindsTheSubmitterTypedWithoutAccentsInTheInboxAndAmongCitizens() throws Exception {
		browser.size(Browser.LAPTOP);
		signInAs("demo-officer");
		open("/officer");
		type("inbox-q", "tran thi hong nhung");
		wait(driver -> driver.findElements(By.cssSelector("table.inbox tbody tr")).size() == 1);
		assertThat(browser.driver().findElement(By.cssSelector("table.inbox td.code")).getText()).isEqualTo(dossierCode);
		shoot("journey-14-inbox-search-1366w");

		open("/officer/citizens");
		type("citizen-name", "tran thi hong nhung");
		browser.driver().findElement(By.cssSelector("form.search button[type=submit]")).click();
		wait(driver -> !driver.findElements(By.cssSelector("#citizen-results tbody tr")).isEmpty());
		shoot("journey-15-citizen-search-1366w");
		browser.driver().findElement(By.linkText(SUBMITTER)).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("citizen-history")));
		assertThat(text("citizen-name")).isEqualTo(SUBMITTER);
		shoot("journey-16-citizen-record-1366w");
	}

	@Test
	@Order(100)
	void anOfficerOfAnotherWardCannotOpenTheDossier() throws Exception {
		browser.size(Browser.LAPTOP);
		signInAs("demo-officer-other");
		open("/officer/dossiers/" + dossierCode);
		wait(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Không mở được hồ sơ");
		assertThat(text("not-found")).contains(dossierCode, "không thuộc phường bạn phụ trách");
		assertThat(browser.driver().getPageSource()).doesNotContain(SUBMITTER);
		shoot("journey-17-other-ward-refused-1366w");
		open("/officer/dossiers/" + dossierCode + "/receipt");
		wait(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		assertThat(browser.driver().getPageSource()).doesNotContain(SUBMITTER).doesNotContain("Whitelabel");
	}

	/** Signs out whoever was signed in and signs in at the demo login as this user (by its button's id). */
	private static void signInAs(String demoUser) {
		browser.driver().manage().deleteAllCookies();
		open("/officer");
		wait(ExpectedConditions.presenceOfElementLocated(By.id(demoUser)));
		browser.driver().findElement(By.id(demoUser)).click();
		wait(driver -> driver.getCurrentUrl().startsWith(gateway + "/officer"));
	}

	/** Presses an action's button on the dossier page and waits for the new status. */
	private static void act(String button, String status) {
		browser.driver().findElement(By.id(button)).click();
		wait(driver -> !driver.findElements(By.id("done")).isEmpty() && status.equals(text("dossier-status")));
	}

	private static long dossiersOfTheWard() throws Exception {
		HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/dossiers?ward=20242&size=1"))
			.header("Authorization", "Bearer " + token("OFFICER_TOKEN")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		Matcher total = Pattern.compile("\"totalItems\":(\\d+)").matcher(list.body());
		assertThat(total.find()).isTrue();
		return Long.parseLong(total.group(1));
	}

	private static String text(String id) {
		return browser.driver().findElement(By.id(id)).getText();
	}

	private static void type(String id, String text) {
		browser.driver().findElement(By.id(id)).sendKeys(text);
	}

	/** Date inputs take their value in ISO form whatever the browser's locale shows. */
	private static void setValue(String id, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.driver().findElement(By.id(id)), value);
	}

	private static void open(String path) {
		platform.open(path);
	}

	/** The page as printed (print media emulated): what the A4 or 80 mm paper gets. */
	private static void printPreview(String name) throws IOException {
		var driver = browser.driver();
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			browser.screenshot(name);
		}
		finally {
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
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
