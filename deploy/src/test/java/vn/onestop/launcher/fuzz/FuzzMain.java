package vn.onestop.launcher.fuzz;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The fuzzer against a platform that is already running: {@code FuzzMain <gateway URL> <demo-tokens.env>}, with the
 * {@code fuzz.*} system properties of {@link FuzzSettings}. Exits 1 when a request failed. Its rate limits must be
 * off (RATE_LIMIT_ENABLED=false), or 429s hide what lies behind them.
 */
public final class FuzzMain {

	private FuzzMain() {
	}

	public static void main(String[] args) throws Exception {
		FuzzSettings settings = FuzzSettings.fromSystemProperties();
		URI gateway = URI.create(args[0]);
		List<ApiOperation> operations = PlatformApi.operations(args[0]);
		RequestGenerator generator = new RequestGenerator(operations, PlatformApi.tokens(Path.of(args[1])), settings.seed());
		Fuzzer.Report report = Fuzzer.run(gateway.getHost(), gateway.getPort(), generator, settings.seed(),
				settings.indexes(), settings.threads(), settings.timeLimit(), 40_000);
		System.out.println(report.failures().isEmpty() ? report.summary() : report.failureReport(settings.replayCommand()));
		System.exit(report.failures().isEmpty() && !report.timedOut() ? 0 : 1);
	}

}
