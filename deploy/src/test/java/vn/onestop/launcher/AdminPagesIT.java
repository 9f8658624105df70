package vn.onestop.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin pages in a real Chromium on the one-command platform, through the gateway: the platform admin signs in
 * at the demo login, publishes a procedure version (a field error first), previews and replaces the working
 * calendar (the preview counts the dossier filed just before), types in an SMS template and sees the segment count
 * and GSM-7 text change, and finds both changes in the audit log. Every page is photographed at laptop and phone
 * width into {@code target/screenshots} and scanned with axe-core for WCAG 2.1 A/AA violations.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPagesIT {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	static Path data;

	private static String gateway;

	private static PlatformInBrowser platform;

	private static Browser browser;

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
	void theAdminSignsInAtTheDemoLoginAndSeesTheAdminPages() throws Exception {
		browser.size(Browser.LAPTOP);
		open("/admin");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("demo-admin")));
		browser.driver().findElement(By.id("demo-admin")).click();
		wait(driver -> driver.getCurrentUrl().equals(gateway + "/admin"));
		assertThat(text(".signed-in")).contains("Quản trị Lê Văn Cường");
		assertThat(text("h1")).isEqualTo("Quản trị nền tảng");
		shootBoth("admin-01-home");

		open("/admin/procedures");
		assertThat(browser.driver().findElements(By.cssSelector("table.admin-procedures td.code")).stream()
			.map(WebElement::getText)).contains("HT-KHAI-SINH", "HT-XAC-NHAN-HON-NHAN");
		shootBoth("admin-02-procedures");
	}

	@Test
	@Order(2)
	void theAdminPublishesAProcedureVersionAfterAFieldError() throws Exception {
		browser.size(Browser.LAPTOP);
		open("/admin/procedures/HT-KHAI-SINH");
		assertThat(browser.driver().findElements(By.cssSelector("table.versions tbody tr"))).hasSize(1);
		shootBoth("admin-03-procedure");

		type("f-effectiveFrom", "01/01/2020");
		browser.driver().findElement(By.id("publish")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("f-effectiveFrom-error")));
		assertThat(text("#f-effectiveFrom-error"))
			.isEqualTo("Phải từ hôm nay trở đi: phiên bản đã có hiệu lực không bao giờ được sửa.");
		assertThat(browser.driver().findElement(By.id("f-effectiveFrom")).getAttribute("aria-describedby"))
			.isEqualTo("f-effectiveFrom-error");
		shoot("admin-04-procedure-field-error-1366w");

		type("f-effectiveFrom", LocalDate.now(VIETNAM).plusDays(30).format(DAY));
		browser.driver().findElement(By.id("publish")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("published")));
		assertThat(text("#published")).isEqualTo("Đã công bố phiên bản 2.");
		assertThat(browser.driver().findElements(By.cssSelector("table.versions tbody tr"))).hasSize(2);
		shoot("admin-05-procedure-published-1366w");
	}

	@Test
	@Order(3)
	void theAdminPreviewsHowManyAppointmentsACalendarChangeMovesThenConfirms() throws Exception {
		fileADossierToday();
		LocalDate holiday = nextWeekdayAfter(LocalDate.now(VIETNAM));
		int year = holiday.getYear();
		browser.size(Browser.LAPTOP);
		open("/admin/calendar?year=" + year);
		assertThat(text("h1")).isEqualTo("Lịch làm việc năm " + year);
		assertThat(browser.driver().findElements(By.cssSelector("#holidays tbody tr"))).isNotEmpty();
		shootBoth("admin-06-calendar");

		List<WebElement> dates = browser.driver().findElements(By.cssSelector("table.days-form input.day-input"));
		int blank = 0;
		while (!dates.get(blank).getAttribute("value").isEmpty()) {
			blank++;
		}
		type("f-days-" + blank + "-date", holiday.format(DAY));
		browser.driver().findElement(By.id("f-days-" + blank + "-name")).sendKeys("Nghỉ thử nghiệm");
		browser.driver().findElement(By.id("f-source")).sendKeys("Thông báo thử nghiệm của kiểm thử trình duyệt");
		browser.driver().findElement(By.id("preview-calendar")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("moved-count")));
		long moved = Long.parseLong(text("#moved-count"));
		assertThat(moved).as("the dossier filed today is due after the new holiday").isGreaterThanOrEqualTo(1);
		assertThat(text("#calendar-impact")).contains("hồ sơ đang mở sẽ đổi ngày hẹn trả");
		shootBoth("admin-07-calendar-preview");

		browser.driver().findElement(By.id("confirm-calendar")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("replaced")));
		assertThat(text("#replaced")).isEqualTo("Đã thay thế lịch năm " + year + "; " + moved
				+ " hồ sơ đã được tính lại ngày hẹn trả.");
		assertThat(text("#holidays")).contains("Nghỉ thử nghiệm");
		shoot("admin-08-calendar-replaced-1366w");
	}

	@Test
	@Order(4)
	void typingInAnSmsTemplateChangesTheSegmentPreviewAndTooLongIsRefusedBesideTheText() throws Exception {
		browser.size(Browser.LAPTOP);
		open("/admin/templates");
		assertThat(browser.driver().findElements(By.cssSelector("table.admin-templates tbody tr")).size())
			.isGreaterThanOrEqualTo(10);
		shootBoth("admin-09-templates");

		open("/admin/templates/dossier-received-sms");
		assertThat(text("#sms-folded-segments")).isEqualTo("1 tin");
		shootBoth("admin-10-template");

		WebElement body = browser.driver().findElement(By.id("f-body"));
		body.clear();
		String typed = "{{wardName}}: Hồ sơ {{dossierCode}} đã được tiếp nhận. Ngày hẹn trả kết quả: {{appointment}}. "
				+ "Ông/bà vui lòng mang theo giấy tờ tùy thân khi đến nhận kết quả tại Bộ phận Một cửa của phường.";
		body.sendKeys(typed);
		wait(driver -> text("#sms-folded-segments").equals("2 tin"));
		assertThat(text("#sms-original-segments")).isEqualTo("3 tin");
		assertThat(text("#sms-folded-text")).startsWith("{{wardName}}: Ho so {{dossierCode}} da duoc tiep nhan.");
		shoot("admin-11-template-typing-1366w");
		browser.size(Browser.PHONE);
		shoot("admin-11-template-typing-390w");

		browser.size(Browser.LAPTOP);
		browser.driver().findElement(By.id("save-template")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("f-body-error")));
		assertThat(text("#f-body-error")).isEqualTo("Tin nhắn cần tới 2 phần; số phần tối đa đang đặt là 1.");
		shoot("admin-12-template-too-long-1366w");
	}

	@Test
	@Order(5)
	void theAuditLogShowsWhatTheAdminDid() throws Exception {
		browser.size(Browser.LAPTOP);
		open("/admin/audit");
		List<String> actions = browser.driver().findElements(By.cssSelector("table.audit tbody tr td:nth-child(3)"))
			.stream().map(WebElement::getText).toList();
		assertThat(actions).contains("Công bố phiên bản thủ tục", "Thay thế lịch làm việc");
		assertThat(text("table.audit")).contains("demo-admin");
		shootBoth("admin-13-audit");

		new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("f-action")))
			.selectByValue("calendar.replace");
		browser.driver().findElement(By.id("filter-audit")).click();
		wait(driver -> driver.getCurrentUrl().contains("action=calendar.replace"));
		assertThat(browser.driver().findElements(By.cssSelector("table.audit tbody tr td:nth-child(3)")).stream()
			.map(WebElement::getText)).isNotEmpty().allMatch("Thay thế lịch làm việc"::equals);
		shoot("admin-14-audit-filtered-1366w");
	}

	private static void fileADossierToday() throws Exception {
		HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/dossiers"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token("OFFICER_TOKEN"))
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"procedureCode":"HT-XAC-NHAN-HON-NHAN","wardCode":"20242","channel":"IN_PERSON",
					 "submitter":{"fullName":"Nguyễn Thị Lan","idNumber":"048187000123","dateOfBirth":"1987-05-20",
					   "phone":"0912345678","address":{"line":"12 Lê Lợi","wardCode":"20242"}},
					 "documents":[{"key":"to-khai","originals":1}],"sets":1}""")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
	}

	private static LocalDate nextWeekdayAfter(LocalDate day) {
		LocalDate next = day.plusDays(1);
		while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
			next = next.plusDays(1);
		}
		return next;
	}

	private static void type(String id, String value) {
		WebElement input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

	private static String text(String css) {
		return browser.driver().findElement(By.cssSelector(css)).getText();
	}

	private static void open(String path) {
		platform.open(path);
	}

	private static void shootBoth(String name) throws IOException {
		browser.size(Browser.LAPTOP);
		shoot(name + "-1366w");
		browser.size(Browser.PHONE);
		shoot(name + "-390w");
		browser.size(Browser.LAPTOP);
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
