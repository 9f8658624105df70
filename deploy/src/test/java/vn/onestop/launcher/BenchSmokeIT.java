package vn.onestop.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The load benchmark (bench/run.sh, docs/benchmarks.md) in its smoke form: a few seconds of small load per
 * scenario against a platform it starts itself on free ports, so the harness cannot rot. Every measurement must
 * show a non-zero rate and no errors. Needs wrk, nginx, pgbench and psql, which .ci/run installs.
 */
class BenchSmokeIT {

	private static final List<String> TOOLS = List.of("wrk", "nginx", "pgbench", "psql", "curl");

	@Test
	void runsEveryScenarioAndWritesAResultsTableWithoutErrors() throws Exception {
		for (String tool : TOOLS) {
			assertThat(onPath(tool)).as("%s is not on PATH: install it (Debian: apt-get install wrk nginx-light "
					+ "postgresql-client curl; .ci/run does)", tool).isTrue();
		}
		Path home = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
		Path out = home.resolve("deploy/target/bench-smoke");
		ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bench/run.sh").toString(), "--smoke")
			.directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(home.resolve("deploy/target/bench-smoke.log").toFile());
		Map<String, String> env = builder.environment();
		for (String port : List.of("GATEWAY_PORT", "INTAKE_PORT", "CITIZEN_PORT", "NOTIFICATION_PORT", "WEB_PORT", "POSTGRES_PORT",
				"NOTIFICATION_SMTP_EMBEDDED_PORT")) {
			env.put(port, String.valueOf(LauncherProcess.freePort()));
		}
		env.put("BENCH_OUT", out.toString());
		env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
		Process bench = builder.start();
		bench.getOutputStream().close();
		if (!bench.waitFor(10, TimeUnit.MINUTES)) {
			bench.descendants().forEach(ProcessHandle::destroy);
			bench.destroy();
			fail("bench/run.sh --smoke did not finish within 10 minutes:\n" + log(home));
		}

		assertThat(bench.exitValue()).as("exit code of bench/run.sh --smoke:\n%s", log(home)).isZero();
		assertThat(out.resolve("results.md")).isRegularFile();
		assertThat(Files.readString(out.resolve("results.md"), StandardCharsets.UTF_8)).contains("| scenario |",
				"## Ratios and targets");
		List<String[]> rows = Files.readAllLines(out.resolve("results.tsv"), StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.map(line -> line.split("\t"))
			.toList();
		assertThat(rows).extracting(row -> row[0]).contains("overhead", "create", "peak", "notify");
		for (String[] row : rows) {
			String what = row[0] + " / " + row[1];
			assertThat(Long.parseLong(row[2])).as("requests of %s", what).isPositive();
			if (!"-".equals(row[4])) {
				assertThat(Double.parseDouble(row[4])).as("rate of %s", what).isPositive();
			}
			assertThat(Long.parseLong(row[9])).as("errors of %s", what).isZero();
		}
	}

	private static boolean onPath(String tool) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, tool))) {
				return true;
			}
		}
		return false;
	}

	private static String log(Path home) {
		try {
			return Files.readString(home.resolve("deploy/target/bench-smoke.log"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

}
