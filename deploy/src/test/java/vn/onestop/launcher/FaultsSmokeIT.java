package vn.onestop.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The fault suite (bench/faults.sh, docs/reliability.md) in its smoke form, on free ports: a short filing load
 * through the gateway while each application and PostgreSQL is killed with kill -9 in turn, and a short outage of
 * the SMS provider and the SMTP server; then every key has one dossier, the codes are gap-free, every dossier has
 * one SMS and one e-mail that reached the sinks once, the outboxes are empty and every dossier is linked. The
 * script's exit code says whether every check held; the figures it wrote are checked here too, so that a script
 * that stopped checking would fail. Needs psql and curl, which .ci/run installs.
 */
class FaultsSmokeIT {

	private static final List<String> TOOLS = List.of("psql", "curl", "ss");

	@Test
	void killsEachPartAndStopsTheSinksUnderLoadAndLosesOrDoublesNothing() throws Exception {
		for (String tool : TOOLS) {
			assertThat(onPath(tool)).as("%s is not on PATH: install it (Debian: apt-get install postgresql-client "
					+ "curl iproute2; .ci/run does)", tool).isTrue();
		}
		Path home = Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
		Path out = home.resolve("deploy/target/faults-smoke");
		Path log = home.resolve("deploy/target/faults-smoke.log");
		deleteRecursively(out); // the script refuses to run into an earlier run's folder
		ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bench/faults.sh").toString(), "--smoke")
			.directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		for (String port : List.of("GATEWAY_PORT", "INTAKE_PORT", "CITIZEN_PORT", "NOTIFICATION_PORT", "WEB_PORT", "POSTGRES_PORT",
				"FAULTS_SMTP_PORT", "FAULTS_SMS_PORT")) {
			env.put(port, String.valueOf(LauncherProcess.freePort()));
		}
		env.put("FAULTS_OUT", out.toString());
		env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
		Process faults = builder.start();
		faults.getOutputStream().close();
		if (!faults.waitFor(25, TimeUnit.MINUTES)) {
			faults.descendants().forEach(ProcessHandle::destroy);
			faults.destroy();
			fail("bench/faults.sh --smoke did not finish within 25 minutes:\n" + read(log));
		}

		assertThat(faults.exitValue()).as("exit code of bench/faults.sh --smoke:\n%s", read(log)).isZero();
		Map<String, String> figures = Files.readAllLines(out.resolve("results.tsv"), StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.map(line -> line.split("\t", 2))
			.collect(Collectors.toMap(row -> row[0], row -> row[1], (a, b) -> b));
		assertThat(Long.parseLong(figures.get("filings filed (201)"))).isPositive();
		assertThat(figures.get("filings given up")).isEqualTo("0");
		assertThat(Long.parseLong(figures.get("dossiers in intake"))).isEqualTo(Long.parseLong(figures.get("filings filed (201)")));
		for (String part : List.of("gateway", "intake-service", "citizen-service", "notification-service", "postgres")) {
			assertThat(figures.get("kill -9 " + part + ": serving again after (s)")).as("recovery of %s", part)
				.matches("[0-9.]+");
		}
		assertThat(figures.get("outage: breaker states seen while down")).contains("sms-http=open", "email-smtp=open");
		for (String figure : List.of("duplicate dossiers (a submitter filed twice)",
				"gaps in the codes (missing numbers, per agency per day)", "SMS notices: dossiers without one",
				"SMS notices: sent but never reached the sink (lost)", "SMS notices: reached the sink more than once (doubled)",
				"EMAIL notices: dossiers without one", "EMAIL notices: sent but never reached the sink (lost)",
				"EMAIL notices: reached the sink more than once (doubled)",
				"EMAIL notices: reached the sink without a Message-ID", "intake outbox: unpublished events",
				"citizen outbox: unpublished events", "dossiers waiting for their citizen link", "failures")) {
			assertThat(figures.get(figure)).as(figure).isEqualTo("0");
		}
		assertThat(Long.parseLong(figures.get("SMS notices: reached the sink")))
			.isEqualTo(Long.parseLong(figures.get("dossiers in intake")));
		assertThat(Long.parseLong(figures.get("EMAIL notices: reached the sink")))
			.isEqualTo(Long.parseLong(figures.get("dossiers in intake")));
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (var paths = Files.walk(folder)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
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

	private static String read(Path log) {
		try {
			return Files.readString(log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

}
