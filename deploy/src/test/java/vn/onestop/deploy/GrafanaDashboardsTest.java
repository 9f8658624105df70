package vn.onestop.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
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
 * deploy/grafana: both dashboards parse, every panel query is valid PromQL (checked by promtool as
 * recording rules), every Ward-operations query is filtered by the {@code ward} variable, the panels the
 * issue asks for are there, only contract metrics are used, and the compose provisioning points at them.
 */
class GrafanaDashboardsTest {

	private static final Pattern METRIC = Pattern.compile("\\bonestop_[a-z_]+");

	@Test
	void everyPanelQueryIsValidPromql(@TempDir Path dir) throws IOException {
		StringBuilder rules = new StringBuilder("groups:\n");
		List<String> described = new ArrayList<>();
		for (Path file : Dashboards.files()) {
			Map<String, Object> dashboard = Tools.load(file);
			List<Dashboards.Query> queries = Dashboards.queries(dashboard);
			assertThat(queries).as(file.toString()).isNotEmpty();
			rules.append("  - name: ").append(file.getFileName().toString().replace(".json", "")).append("\n    rules:\n");
			for (Dashboards.Query query : queries) {
				assertThat(query.expr()).as(query.toString()).isNotBlank();
				described.add("panel_" + described.size() + " = " + query);
				rules.append("      - record: panel_").append(described.size() - 1).append('\n');
				rules.append("        expr: '").append(query.promql().replace("'", "''")).append("'\n");
			}
		}
		Path file = Files.writeString(dir.resolve("dashboard-queries.yml"), rules);
		Tools.Result result = Tools.run(Duration.ofSeconds(60), dir, Tools.tool("promtool"), "check", "rules", file.toString());
		assertThat(result.exitCode()).as("promtool check rules on the panels' queries:%n%s%n%s", result.output(),
				String.join("\n", described)).isZero();
		assertThat(result.output()).contains("SUCCESS: " + described.size() + " rules found");
	}

	@Test
	void everyWardOperationsQueryIsFilteredByTheWardVariable() {
		Map<String, Object> dashboard = Dashboards.load(Dashboards.WARD_OPERATIONS);
		Map<String, Object> ward = variable(dashboard, "ward");
		assertThat(ward.get("type")).isEqualTo("query");
		assertThat(ward.get("multi")).isEqualTo(true);
		assertThat(ward.get("includeAll")).isEqualTo(true);
		assertThat(ward.get("allValue")).isEqualTo(".*");
		assertThat(ward.get("definition")).isEqualTo("label_values(onestop_dossiers_received_total, ward)");

		List<Dashboards.Query> queries = Dashboards.queries(dashboard);
		for (Dashboards.Query query : queries) {
			Matcher selector = Pattern.compile("\\bonestop_[a-z_]+\\{([^}]*)}").matcher(query.expr());
			int selectors = 0;
			while (selector.find()) {
				selectors++;
				assertThat(selector.group(1)).as("every selector of %s", query).contains("ward=~\"$ward\"");
			}
			assertThat(selectors).as("selectors in %s", query).isPositive();
			assertThat(query.expr()).as(query.toString()).doesNotContainPattern("\\bonestop_[a-z_]+\\[");
		}
		for (Map<String, Object> panel : Dashboards.panels(dashboard)) {
			if (!"row".equals(panel.get("type"))) {
				assertThat(PrometheusRulesTest.maps(panel.get("targets"))).as("queries of panel %s", panel.get("title")).isNotEmpty();
			}
		}
	}

	@Test
	void dashboardsHaveThePanelsOperatorsNeed() {
		assertThat(titles(Dashboards.load(Dashboards.WARD_OPERATIONS))).contains("Received today by channel", "In progress",
				"Near due", "Overdue", "Completed: early / on time / late", "Apology letters", "Satisfaction",
				"Messages sent and failed", "Walk-in queue", "Queue tickets today per field: issued / served / no-show",
				"People waiting now per field", "Queue waiting time p50 / p90", "Queue service time p50 / p90");
		assertThat(titles(Dashboards.load(Dashboards.PLATFORM_HEALTH))).contains("Requests per route", "p99 latency per route",
				"5xx ratio per route", "Circuit breaker state", "Database pool: acquired and pending connections",
				"JVM heap used", "GC pause time per second", "Outbox backlog", "Outbox lag (oldest unpublished event)");
	}

	/**
	 * The "Walk-in queue" row holds the queue's panels below it, and they read every queue metric of the contract
	 * (tickets issued, served and no-show, people waiting, waiting and service time at p50 and p90).
	 */
	@Test
	void theWalkInQueueRowHoldsPanelsOnEveryQueueMetric() {
		List<Map<String, Object>> panels = Dashboards.panels(Dashboards.load(Dashboards.WARD_OPERATIONS));
		Map<String, Object> row = panels.stream().filter(p -> "Walk-in queue".equals(p.get("title"))).findFirst().orElseThrow();
		assertThat(row.get("type")).isEqualTo("row");
		int rowY = (Integer) PrometheusRulesTest.map(row.get("gridPos")).get("y");
		List<String> below = panels.stream()
			.filter(p -> (Integer) PrometheusRulesTest.map(p.get("gridPos")).get("y") > rowY)
			.map(p -> (String) p.get("title"))
			.toList();
		assertThat(below).containsExactlyInAnyOrder("Queue tickets today per field: issued / served / no-show",
				"People waiting now per field", "Queue waiting time p50 / p90", "Queue service time p50 / p90");

		Set<String> used = new LinkedHashSet<>();
		for (Dashboards.Query query : queueQueries()) {
			Matcher metric = METRIC.matcher(query.expr());
			while (metric.find()) {
				used.add(metric.group());
			}
		}
		assertThat(used).containsExactlyInAnyOrder("onestop_queue_tickets_issued_total", "onestop_queue_tickets_served_total",
				"onestop_queue_tickets_no_show_total", "onestop_queue_people_waiting", "onestop_queue_wait_seconds_bucket",
				"onestop_queue_service_seconds_bucket");
		assertThat(PrometheusRulesTest.contractMetrics()).contains("onestop_queue_tickets_issued_total",
				"onestop_queue_tickets_served_total", "onestop_queue_tickets_no_show_total", "onestop_queue_people_waiting",
				"onestop_queue_wait_seconds", "onestop_queue_service_seconds");
	}

	/**
	 * The queue panels' queries, with the ward variable set to 20242, evaluated by {@code promtool test rules} on series
	 * of two wards: today's tickets per field and kind (a counter born today and one older than the range), people
	 * waiting counted once across replicas, and p50 / p90 of the waiting and service times of the last 30 minutes.
	 */
	@Test
	void theWalkInQueuePanelsShowTheSelectedWardsQueue(@TempDir Path dir) throws IOException {
		String ticketsQuery = queueQuery("Queue tickets today per field: issued / served / no-show", "A");
		String tests = """
				rule_files: []
				evaluation_interval: 1m
				tests:
				  - interval: 1m
				    input_series:
				      # counters born today (8 min in), after the start of the range (5 min before 12 min): their value is today's count
				      - series: 'onestop_queue_tickets_issued_total{instance="a",ward="20242",field="HO_TICH"}'
				        values: '_x8 1 2 3 3 3 3'
				      - series: 'onestop_queue_tickets_served_total{instance="a",ward="20242",field="HO_TICH"}'
				        values: '_x9 1 1 1 1 1'
				      - series: 'onestop_queue_tickets_no_show_total{instance="a",ward="20242",field="HO_TICH"}'
				        values: '_x10 1 1 1 1'
				      # a counter older than the range: its increase over the range
				      - series: 'onestop_queue_tickets_issued_total{instance="a",ward="20242",field="DAT_DAI"}'
				        values: '0+2x12'
				      - series: 'onestop_queue_tickets_issued_total{instance="a",ward="00004",field="HO_TICH"}'
				        values: '_x8 5 5 5 5 5 5'
				      # the same gauge on two replicas
				      - series: 'onestop_queue_people_waiting{instance="a",ward="20242",field="HO_TICH"}'
				        values: '4x60'
				      - series: 'onestop_queue_people_waiting{instance="b",ward="20242",field="HO_TICH"}'
				        values: '4x60'
				      - series: 'onestop_queue_people_waiting{instance="a",ward="00004",field="HO_TICH"}'
				        values: '9x60'
				      # waits: 10 calls a minute, 1 within 60 min, 9 within 90 min
				      - series: 'onestop_queue_wait_seconds_bucket{instance="a",ward="20242",field="HO_TICH",le="3600.0"}'
				        values: '0+1x60'
				      - series: 'onestop_queue_wait_seconds_bucket{instance="a",ward="20242",field="HO_TICH",le="5400.0"}'
				        values: '0+10x60'
				      - series: 'onestop_queue_wait_seconds_bucket{instance="a",ward="20242",field="HO_TICH",le="+Inf"}'
				        values: '0+10x60'
				      - series: 'onestop_queue_wait_seconds_bucket{instance="a",ward="00004",field="HO_TICH",le="3600.0"}'
				        values: '0+10x60'
				      - series: 'onestop_queue_wait_seconds_bucket{instance="a",ward="00004",field="HO_TICH",le="+Inf"}'
				        values: '0+10x60'
				      # services: 10 a minute, all within 5 min
				      - series: 'onestop_queue_service_seconds_bucket{instance="a",ward="20242",field="HO_TICH",le="300.0"}'
				        values: '0+10x60'
				      - series: 'onestop_queue_service_seconds_bucket{instance="a",ward="20242",field="HO_TICH",le="+Inf"}'
				        values: '0+10x60'
				    promql_expr_test:
				      - expr: '%s'
				        eval_time: 12m
				        exp_samples:
				          - labels: '{field="HO_TICH", tickets="issued"}'
				            value: 3
				          - labels: '{field="HO_TICH", tickets="served"}'
				            value: 1
				          - labels: '{field="HO_TICH", tickets="no_show"}'
				            value: 1
				          - labels: '{field="DAT_DAI", tickets="issued"}'
				            value: 10
				      - expr: '%s'
				        eval_time: 12m
				        exp_samples:
				          - labels: '{field="HO_TICH"}'
				            value: 4
				      - expr: '%s'
				        eval_time: 45m
				        exp_samples:
				          - labels: '{}'
				            value: 4400
				      - expr: '%s'
				        eval_time: 45m
				        exp_samples:
				          - labels: '{}'
				            value: 5200
				      - expr: '%s'
				        eval_time: 45m
				        exp_samples:
				          - labels: '{}'
				            value: 150
				      - expr: '%s'
				        eval_time: 45m
				        exp_samples:
				          - labels: '{}'
				            value: 270
				""".formatted(ticketsQuery, queueQuery("People waiting now per field", "A"),
				queueQuery("Queue waiting time p50 / p90", "A"), queueQuery("Queue waiting time p50 / p90", "B"),
				queueQuery("Queue service time p50 / p90", "A"), queueQuery("Queue service time p50 / p90", "B"));
		Path file = Files.writeString(dir.resolve("queue-panels.test.yml"), tests);
		Tools.run(Duration.ofSeconds(60), dir, Tools.tool("promtool"), "test", "rules", file.toString()).assertSuccess();
	}

	private static List<Dashboards.Query> queueQueries() {
		return Dashboards.queries(Dashboards.load(Dashboards.WARD_OPERATIONS))
			.stream()
			.filter(query -> query.panel().startsWith("Queue ") || query.panel().equals("People waiting now per field"))
			.toList();
	}

	/** The panel's query with ward 20242 selected, quoted for a single-quoted YAML scalar. */
	private static String queueQuery(String panel, String refId) {
		return queueQueries().stream()
			.filter(query -> query.panel().equals(panel) && query.refId().equals(refId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no query " + refId + " in panel " + panel))
			.promql("20242")
			.replace("'", "''");
	}

	@Test
	void dashboardsAreWellFormedForProvisioning() {
		Set<String> uids = new HashSet<>();
		for (Path file : Dashboards.files()) {
			Map<String, Object> dashboard = Tools.load(file);
			assertThat(uids.add((String) dashboard.get("uid"))).as("unique uid in %s", file).isTrue();
			assertThat(dashboard).containsKeys("title", "schemaVersion", "panels", "templating", "time");
			assertThat(variable(dashboard, "datasource").get("query")).isEqualTo("prometheus");
			Set<Object> ids = new HashSet<>();
			for (Map<String, Object> panel : Dashboards.panels(dashboard)) {
				assertThat(ids.add(panel.get("id"))).as("unique panel id %s in %s", panel.get("id"), file).isTrue();
				assertThat(PrometheusRulesTest.map(panel.get("gridPos"))).containsKeys("x", "y", "w", "h");
				assertThat(PrometheusRulesTest.map(panel.get("datasource")).get("uid")).isEqualTo("${datasource}");
			}
		}
	}

	@Test
	void dashboardsUseOnlyMetricsOfTheContract() {
		Set<String> used = new LinkedHashSet<>();
		for (Path file : Dashboards.files()) {
			for (Dashboards.Query query : Dashboards.queries(Tools.load(file))) {
				Matcher metric = METRIC.matcher(query.expr());
				while (metric.find()) {
					used.add(metric.group().replaceAll("_(bucket|count|sum)$", ""));
				}
			}
		}
		assertThat(PrometheusRulesTest.contractMetrics()).containsAll(used);
	}

	@Test
	void composeProvisioningLoadsTheDashboardsAndThePrometheusDataSource() {
		Map<String, Object> datasources = Tools.load(Tools.deploy("grafana/provisioning/datasources/prometheus.yml"));
		Map<String, Object> prometheus = PrometheusRulesTest.maps(datasources.get("datasources")).get(0);
		assertThat(prometheus).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");

		Map<String, Object> providers = Tools.load(Tools.deploy("grafana/provisioning/dashboards/onestop.yml"));
		String path = (String) PrometheusRulesTest.map(PrometheusRulesTest.maps(providers.get("providers")).get(0).get("options"))
			.get("path");
		Map<String, Object> compose = Tools.load(Tools.deploy("compose.yaml"));
		List<Object> volumes = PrometheusRulesTest
			.list(PrometheusRulesTest.map(PrometheusRulesTest.map(compose.get("services")).get("grafana")).get("volumes"));
		assertThat(volumes).contains("./grafana/dashboards:" + path + ":ro", "./grafana/provisioning:/etc/grafana/provisioning:ro");
	}

	private static List<String> titles(Map<String, Object> dashboard) {
		return Dashboards.panels(dashboard).stream().map(p -> (String) p.get("title")).toList();
	}

	private static Map<String, Object> variable(Map<String, Object> dashboard, String name) {
		return PrometheusRulesTest.maps(PrometheusRulesTest.map(dashboard.get("templating")).get("list"))
			.stream()
			.filter(v -> name.equals(v.get("name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no variable " + name));
	}

}
