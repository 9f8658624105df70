package vn.onestop.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver, both named by path so that Selenium Manager never
 * looks for (or downloads) a browser; a fresh profile each time; screenshots under {@code target/screenshots}; and
 * the vendored axe-core for the accessibility scan.
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM = System.getProperty("browser.binary", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");

	static final Dimension PHONE = new Dimension(390, 844);

	static final Dimension LAPTOP = new Dimension(1366, 768);

	private final ChromeDriver driver;

	private final Path profile;

	private final Path screenshots;

	private Browser(ChromeDriver driver, Path profile, Path screenshots) {
		this.driver = driver;
		this.profile = profile;
		this.screenshots = screenshots;
	}

	static boolean available() {
		return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
	}

	static Browser start(Path screenshots) throws IOException {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		Path profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
					"--lang=vi-VN", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Files.createDirectories(screenshots);
		return new Browser(driver, profile, screenshots);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	void size(Dimension size) {
		this.driver.manage().window().setSize(size);
	}

	/** A full-height PNG of the current page at the current width. */
	Path screenshot(String name) throws IOException {
		Object height = ((JavascriptExecutor) this.driver).executeScript("return document.documentElement.scrollHeight");
		Dimension before = this.driver.manage().window().getSize();
		int full = Math.max(before.getHeight(), ((Number) height).intValue() + 140);
		this.driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(full, 4000)));
		Path file = this.screenshots.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		this.driver.manage().window().setSize(before);
		return file;
	}

	/** The WCAG 2.1 A and AA violations axe-core finds on the current page (rule id and the elements at fault). */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> accessibilityViolations() throws IOException {
		try (InputStream axe = Browser.class.getResourceAsStream("/axe/axe-4.14.1.min.js")) {
			((JavascriptExecutor) this.driver).executeScript(new String(axe.readAllBytes(), StandardCharsets.UTF_8));
		}
		Object result = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
				  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
				      nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
				  .catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));
				""");
		return (List<Map<String, Object>>) result;
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

}
