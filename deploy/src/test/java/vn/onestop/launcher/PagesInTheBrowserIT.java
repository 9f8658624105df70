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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real Chromium on the one-command platform, through the gateway: the public pages, a citizen
 * looking up a dossier filed through the API (as the receipt's QR link opens it), and an officer signing in at the
 * demo login and seeing the ward's inbox. Every page is photographed at phone and laptop width into
 * {@code target/screenshots} and scanned with axe-core for WCAG 2.1 A/AA violations.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesInTheBrowserIT {

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
	void theStartPageAndTheCatalogueWorkOnAPhoneAndALaptop() throws Exception {
		for (var size : List.of(Browser.PHONE, Browser.LAPTOP)) {
			String width = size.getWidth() + "w";
			browser.size(size);
			open("/");
			assertThat(browser.driver().findElement(By.tagName("h1")).getText())
				.isEqualTo("Chào mừng đến Trung tâm phục vụ hành chính công");
			shoot("01-start-" + width);

			open("/procedures");
			WebElement search = browser.driver().findElement(By.id("q"));
			search.sendKeys("xac nhan hon nhan");
			try {
				wait(driver -> driver.getCurrentUrl().contains("q=xac")
						&& driver.findElements(By.cssSelector(".procedure-item")).size() == 1);
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				browser.screenshot("02-search-FAILED-" + width);
				throw new AssertionError("search did not update: url " + browser.driver().getCurrentUrl() + ", htmx "
						+ browser.driver().executeScript("return typeof htmx") + ", results "
						+ browser.driver().findElement(By.id("results")).getText(), ex);
			}
			assertThat(browser.driver().findElement(By.cssSelector(".procedure-item h2")).getText())
				.isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân");
			shoot("02-procedures-search-" + width);

			browser.driver().findElement(By.cssSelector(".procedure-item h2 a")).click();
			wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.documents")));
			assertThat(browser.driver().findElement(By.cssSelector(".appointment")).getText())
				.matches("(?s).*ngày hẹn trả kết quả là \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}\\..*");
			shoot("03-procedure-" + width);
		}
	}

	@Test
	@Order(2)
	void aCitizenOpensTheReceiptsLinkAndSeesTheDossierReceived() throws Exception {
		HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/dossiers"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token("OFFICER_TOKEN"))
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"procedureCode":"HT-XAC-NHAN-HON-NHAN","wardCode":"20242","channel":"IN_PERSON",
					 "submitter":{"fullName":"Nguyễn Thị Lan","idNumber":"048187000123","dateOfBirth":"1987-05-20",
					   "phone":"0912345678","address":{"line":"12 Lê Lợi","wardCode":"20242"}},
					 "documents":[{"key":"to-khai","originals":1}],"sets":1}""")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		Matcher code = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(filed.body());
		assertThat(code.find()).isTrue();
		dossierCode = code.group(1);

		browser.size(Browser.PHONE);
		open("/lookup?code=" + dossierCode);
		assertThat(browser.driver().findElement(By.id("code")).getAttribute("value")).isEqualTo(dossierCode);
		shoot("04-lookup-prefilled-390w");
		browser.driver().findElement(By.id("phoneLast4")).sendKeys("567");
		browser.driver().findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("phoneLast4-error")));
		assertThat(browser.driver().findElement(By.id("phoneLast4-error")).getText()).isNotBlank();
		shoot("05-lookup-field-error-390w");

		browser.driver().findElement(By.id("phoneLast4")).clear();
		browser.driver().findElement(By.id("phoneLast4")).sendKeys("5678");
		browser.driver().findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("lookup-result")));
		assertThat(browser.driver().findElement(By.cssSelector("#lookup-result .status")).getText()).isEqualTo("Đã tiếp nhận");
		assertThat(browser.driver().findElement(By.id("lookup-result")).getText()).contains("Cấp Giấy xác nhận tình trạng hôn nhân",
				"Phường Hải Châu, Đà Nẵng");
		shoot("06-lookup-result-390w");
	}

	@Test
	@Order(3)
	void anOfficerSignsInAtTheDemoLoginAndSeesTheWardsInbox() throws Exception {
		browser.size(Browser.LAPTOP);
		open("/officer");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("demo-officer")));
		assertThat(browser.driver().getCurrentUrl()).contains("/demo-login/authorize");
		shoot("07-demo-login-1366w");
		browser.driver().findElement(By.id("demo-officer")).click();

		wait(driver -> driver.getCurrentUrl().startsWith(gateway + "/officer"));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.inbox")));
		assertThat(browser.driver().findElement(By.cssSelector(".signed-in")).getText()).contains("Cán bộ Nguyễn Văn An");
		assertThat(browser.driver().findElements(By.cssSelector("table.inbox td.code")).stream().map(WebElement::getText))
			.contains(dossierCode);
		shoot("08-officer-inbox-1366w");
		browser.size(Browser.PHONE);
		browser.driver().navigate().refresh();
		shoot("09-officer-inbox-390w");

		browser.driver().findElement(By.linkText("Được tiếp nhận")).click();
		wait(driver -> driver.getCurrentUrl().contains("tab=received"));
		assertThat(browser.driver().findElements(By.cssSelector("table.inbox td.code")).stream().map(WebElement::getText))
			.contains(dossierCode);
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
