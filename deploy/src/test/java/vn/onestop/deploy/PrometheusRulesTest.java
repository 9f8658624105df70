package vn.onestop.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/prometheus: the alert rules pass {@code promtool check rules}, every alert has unit tests that pass
 * {@code promtool test rules} (one case where it fires, one where it must not), a runbook in docs/deployment.md,
 * and only metrics of the contract in METRICS.md; the compose scrape configuration is valid.
 */
class PrometheusRulesTest {

	static final Set<String> REQUIRED_ALERTS = Set.of("OnestopLateDossierRatioHigh", "OnestopNearDueBacklogHigh",
			"OnestopDossiersOverdue", "OnestopNotificationFailureRateHigh", "OnestopSmsBudgetNearlyUsed",
			"OnestopSmsBudgetExhausted", "OnestopCircuitBreakerOpen", "OnestopHighServerErrorRatio",
			"OnestopRouteLatencyP99High", "OnestopDbPoolPendingAcquisitions", "OnestopServiceDown", "OnestopServiceAbsent",
			"OnestopOutboxBacklogHigh", "OnestopOutboxLagHigh", "QueueWaitTooLong");

	/** The applications Prometheus scrapes, each on its management port: the four of the API and the pages (web). */
	static final List<String> APPLICATIONS = List.of("gateway", "intake-service", "citizen-service", "notification-service",
			"web");

	private static final Pattern BUSINESS_METRIC = Pattern.compile("\\bonestop_[a-z_]+");

	@Test
	void rulesPassPromtoolCheck() {
		for (Path rules : Tools.list(Tools.deploy("prometheus/rules"), ".yml")) {
			Tools.run(Duration.ofSeconds(60), rules.getParent(), Tools.tool("promtool"), "check", "rules", rules.toString())
				.assertSuccess();
		}
	}

	@Test
	void everyAlertPassesItsUnitTests() {
		for (Path tests : Tools.list(Tools.deploy("prometheus/tests"), ".yml")) {
			Tools.run(Duration.ofSeconds(120), tests.getParent(), Tools.tool("promtool"), "test", "rules", tests.toString())
				.assertSuccess();
		}
	}

	@Test
	void composeScrapeConfigurationIsValidAndScrapesEveryApplicationOnItsManagementPort(@TempDir Path dir) throws IOException {
		Path config = Tools.deploy("prometheus/prometheus.yml");
		Map<String, Object> prometheus = Tools.load(config);
		Map<String, String> targets = new LinkedHashMap<>();
		for (Map<String, Object> job : maps(prometheus.get("scrape_configs"))) {
			List<Object> jobTargets = list(maps(job.get("static_configs")).get(0).get("targets"));
			targets.put((String) job.get("job_name"), (String) jobTargets.get(0));
			if (APPLICATIONS.contains(job.get("job_name"))) {
				assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
				// metrics need a MONITOR token: compose mounts it as the secret monitor-token
				assertThat(map(job.get("authorization"))).containsEntry("type", "Bearer")
					.containsEntry("credentials_file", "/run/secrets/monitor-token");
			}
		}
		for (String app : APPLICATIONS) {
			assertThat(targets).containsEntry(app, app + ":8090");
		}
		assertThat(list(prometheus.get("rule_files"))).containsExactly("/etc/prometheus/rules/*.yml");

		// promtool check config resolves the rule files too: point it at the real ones
		String relocated = Tools.read(config)
			.replace("/etc/prometheus/rules/*.yml", Tools.deploy("prometheus/rules").toAbsolutePath() + "/*.yml")
			.replace("/run/secrets/monitor-token", Files.writeString(dir.resolve("monitor-token"), "token").toString());
		Path copy = Files.writeString(dir.resolve("prometheus.yml"), relocated);
		Tools.Result check = Tools.run(Duration.ofSeconds(60), dir, Tools.tool("promtool"), "check", "config", copy.toString())
			.assertSuccess();
		assertThat(check.output()).contains("SUCCESS: " + REQUIRED_ALERTS.size() + " rules found");
	}

	@Test
	void everyAlertIsRequiredLabelledAndHasARunbookAndAFiringAndAQuietTest() {
		Map<String, Map<String, Object>> alerts = alerts();
		assertThat(alerts.keySet()).containsExactlyInAnyOrderElementsOf(REQUIRED_ALERTS);

		String readme = Tools.read(Tools.home().resolve("docs/deployment.md"));
		Map<String, int[]> cases = testCases();
		for (Map.Entry<String, Map<String, Object>> alert : alerts.entrySet()) {
			String name = alert.getKey();
			Map<String, Object> rule = alert.getValue();
			assertThat(map(rule.get("labels")).get("severity")).as(name).isIn("warning", "critical");
			Map<String, Object> annotations = map(rule.get("annotations"));
			assertThat(annotations).as(name).containsKeys("summary", "runbook");
			assertThat(annotations.get("runbook")).as(name).isEqualTo("docs/deployment.md#" + name.toLowerCase());
			assertThat(readme).as("runbook heading for %s in docs/deployment.md", name).containsPattern("(?m)^#{3,5} " + name + "$");
			assertThat(cases.get(name)).as("unit tests of %s", name).isNotNull();
			assertThat(cases.get(name)[0]).as("tests where %s fires", name).isPositive();
			assertThat(cases.get(name)[1]).as("tests where %s must stay quiet", name).isPositive();
		}
	}

	@Test
	void rulesUseOnlyMetricsOfTheContract() {
		Set<String> used = new LinkedHashSet<>();
		for (Map<String, Object> rule : alerts().values()) {
			Matcher metric = BUSINESS_METRIC.matcher((String) rule.get("expr"));
			while (metric.find()) {
				used.add(metric.group().replaceAll("_(bucket|count|sum)$", ""));
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(contractMetrics()).containsAll(used);
	}

	/** The metric names in the first column of METRICS.md's table. */
	static Set<String> contractMetrics() {
		Set<String> names = new LinkedHashSet<>();
		Matcher row = Pattern.compile("(?m)^\\| `(onestop_[a-z_]+)` \\|").matcher(Tools.read(Tools.deploy("prometheus/METRICS.md")));
		while (row.find()) {
			names.add(row.group(1));
		}
		assertThat(names).hasSizeGreaterThanOrEqualTo(12);
		return names;
	}

	static Map<String, Map<String, Object>> alerts() {
		Map<String, Map<String, Object>> alerts = new LinkedHashMap<>();
		for (Path file : Tools.list(Tools.deploy("prometheus/rules"), ".yml")) {
			Map<String, Object> rules = Tools.load(file);
			for (Map<String, Object> group : maps(rules.get("groups"))) {
				for (Map<String, Object> rule : maps(group.get("rules"))) {
					assertThat(alerts.put((String) rule.get("alert"), rule)).as("duplicate alert %s", rule.get("alert")).isNull();
				}
			}
		}
		return alerts;
	}

	/** For each alert: the number of cases expecting it to fire, and expecting it not to. */
	private static Map<String, int[]> testCases() {
		Map<String, int[]> cases = new LinkedHashMap<>();
		for (Path file : Tools.list(Tools.deploy("prometheus/tests"), ".yml")) {
			Map<String, Object> tests = Tools.load(file);
			for (Map<String, Object> test : maps(tests.get("tests"))) {
				for (Map<String, Object> check : maps(test.get("alert_rule_test"))) {
					int[] count = cases.computeIfAbsent((String) check.get("alertname"), n -> new int[2]);
					count[list(check.get("exp_alerts")).isEmpty() ? 1 : 0]++;
				}
			}
		}
		return cases;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object value) {
		if (value == null) {
			return List.of();
		}
		assertThat(value).isInstanceOf(List.class);
		return (List<Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Object value) {
		return (List<Map<String, Object>>) (List<?>) list(value);
	}

}
