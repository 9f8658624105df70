package vn.onestop.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser journey stands on: the one-command platform started on free ports with its data in
 * {@code data}, and a headless Chromium whose screenshots go to {@code target/screenshots}. Skips the journey
 * (an assumption) where Debian's chromium and chromium-driver are missing.
 */
final class PlatformInBrowser implements AutoCloseable {

	private static final Duration STARTUP = Duration.ofMinutes(10);

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Path data;

	private final LauncherProcess launcher;

	private final String gateway;

	private final Browser browser;

	private PlatformInBrowser(Path data, LauncherProcess launcher, String gateway, Browser browser) {
		this.data = data;
		this.launcher = launcher;
		this.gateway = gateway;
		this.browser = browser;
	}

	static PlatformInBrowser start(Path data) throws IOException {
		return start(data, Map.of());
	}

	/** With more environment for the platform (a journey's own settings, such as a ward's working sessions). */
	static PlatformInBrowser start(Path data, Map<String, String> more) throws IOException {
		Assumptions.assumeTrue(Browser.available(), "needs Debian's chromium and chromium-driver (see .ci/run)");
		Map<String, String> environment = new HashMap<>();
		for (String port : List.of("GATEWAY_PORT", "INTAKE_PORT", "CITIZEN_PORT", "NOTIFICATION_PORT", "WEB_PORT",
				"POSTGRES_PORT", "NOTIFICATION_SMTP_EMBEDDED_PORT")) {
			environment.put(port, String.valueOf(LauncherProcess.freePort()));
		}
		environment.put("PLATFORM_HOME", PlatformEndToEndIT.home().toString());
		environment.put("PLATFORM_DATA_DIR", data.toString());
		environment.put("PLATFORM_STARTUP_TIMEOUT_SECONDS", String.valueOf(STARTUP.toSeconds()));
		environment.put("GATEWAY_TIMEOUT", "30s"); // a busy CI machine: the first dossier warms intake up
		environment.putAll(more);
		LauncherProcess launcher = LauncherProcess.start(PlatformEndToEndIT.home(), environment);
		try {
			String gateway = launcher.awaitReady(STARTUP);
			return new PlatformInBrowser(data, launcher, gateway, Browser.start(SCREENSHOTS));
		}
		catch (IOException | RuntimeException | Error ex) {
			launcher.killIfRunning();
			throw ex;
		}
	}

	String gateway() {
		return this.gateway;
	}

	Browser browser() {
		return this.browser;
	}

	void open(String path) {
		this.browser.driver().get(this.gateway + path);
	}

	/**
	 * A screenshot of the page, and its accessibility scan: no WCAG 2.1 A/AA violation. The demo login's page
	 * belongs to the run command, not to the platform, and is photographed without the scan.
	 */
	void shoot(String name) throws IOException {
		this.browser.screenshot(name);
		if (!this.browser.driver().getCurrentUrl().startsWith(this.gateway)) {
			return;
		}
		List<Map<String, Object>> violations = this.browser.accessibilityViolations();
		assertThat(violations).as("axe-core on " + name + ": " + violations).isEmpty();
	}

	<T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.browser.driver(), Duration.ofSeconds(60)).until(condition);
	}

	/** One of the run command's demo tokens (its {@code demo-tokens.env}). */
	String token(String name) throws IOException {
		String prefix = "export " + name + "=";
		return Files.readAllLines(this.data.resolve("demo-tokens.env"))
			.stream()
			.filter(line -> line.startsWith(prefix))
			.map(line -> line.substring(prefix.length()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not in the demo tokens"));
	}

	@Override
	public void close() throws IOException {
		try {
			this.browser.close();
		}
		finally {
			this.launcher.killIfRunning();
		}
	}

}
