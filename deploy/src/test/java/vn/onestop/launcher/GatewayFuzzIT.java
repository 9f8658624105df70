package vn.onestop.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.onestop.launcher.fuzz.ApiOperation;
import vn.onestop.launcher.fuzz.FuzzSettings;
import vn.onestop.launcher.fuzz.Fuzzer;
import vn.onestop.launcher.fuzz.PlatformApi;
import vn.onestop.launcher.fuzz.RequestGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz test of the test command: the platform started by the run command on free ports, with the gateway's
 * rate limits off (RATE_LIMIT_ENABLED, its own setting), and a seeded, bounded run of malformed requests through
 * the gateway to every operation of every service's OpenAPI document, as each demo role and without a token.
 * No answer may be a 5xx, and every 4xx must be application/problem+json. docs/fuzzing.md tells how to replay a
 * failure or run with another seed and more requests (bench/fuzz.sh).
 */
class GatewayFuzzIT {

	/** The first start after a build extracts the jars for class data sharing: slow on a busy machine. */
	private static final Duration STARTUP = Duration.ofMinutes(10);

	/** Well above any answer's time on a loaded machine: a slow answer must not turn into the gateway's 504. */
	private static final Duration GATEWAY_TIMEOUT = Duration.ofSeconds(30);

	@TempDir
	static Path data;

	private static LauncherProcess launcher;

	private static String gateway;

	@BeforeAll
	static void startPlatform() throws IOException {
		Path home = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
		Map<String, String> environment = new HashMap<>(Map.of("PLATFORM_HOME", home.toString(), "PLATFORM_DATA_DIR",
				data.toString(), "GATEWAY_PORT", String.valueOf(LauncherProcess.freePort()), "INTAKE_PORT",
				String.valueOf(LauncherProcess.freePort()), "CITIZEN_PORT", String.valueOf(LauncherProcess.freePort()),
				"NOTIFICATION_PORT", String.valueOf(LauncherProcess.freePort()), "POSTGRES_PORT",
				String.valueOf(LauncherProcess.freePort()), "NOTIFICATION_SMTP_EMBEDDED_PORT",
				String.valueOf(LauncherProcess.freePort()), "GATEWAY_TIMEOUT", GATEWAY_TIMEOUT.toSeconds() + "s"));
		environment.put("WEB_PORT", String.valueOf(LauncherProcess.freePort()));
		environment.put("RATE_LIMIT_ENABLED", "false");
		environment.put("PLATFORM_STARTUP_TIMEOUT_SECONDS", String.valueOf(STARTUP.toSeconds()));
		launcher = LauncherProcess.start(home, environment);
		try {
			gateway = launcher.awaitReady(STARTUP);
		}
		catch (AssertionError notReady) {
			List<String> output = launcher.output();
			throw new AssertionError(notReady.getMessage() + "; launcher output:\n"
					+ String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())), notReady);
		}
	}

	@AfterAll
	static void stopPlatform() {
		if (launcher != null) {
			launcher.killIfRunning();
		}
	}

	@Test
	void everyEndpointAnswersMalformedRequestsWithoutA5xxAndEvery4xxIsAProblem() throws Exception {
		FuzzSettings settings = FuzzSettings.fromSystemProperties();
		List<ApiOperation> operations = PlatformApi.operations(gateway);
		Map<String, String> tokens = PlatformApi.tokens(data.resolve("demo-tokens.env"));
		RequestGenerator generator = new RequestGenerator(operations, tokens, settings.seed());
		URI uri = URI.create(gateway);

		Fuzzer.Report report = Fuzzer.run(uri.getHost(), uri.getPort(), generator, settings.seed(), settings.indexes(),
				settings.threads(), settings.timeLimit(), (int) GATEWAY_TIMEOUT.plusSeconds(10).toMillis());
		System.out.println(report.summary());

		assertThat(report.failures()).as(report.failureReport(settings.replayCommand())).isEmpty();
		assertThat(report.timedOut())
			.as("%s: the platform answered too slowly to send them all within fuzz.time-limit", report.summary())
			.isFalse();
		if (settings.only().isEmpty()) {
			assertThat(settings.requests()).as("fuzz.requests").isGreaterThanOrEqualTo(operations.size());
			Set<String> missed = new TreeSet<>(operations.stream().map(ApiOperation::key).toList());
			missed.removeAll(report.operationsCovered());
			assertThat(missed).as("operations no request reached").isEmpty();
		}
	}

}
