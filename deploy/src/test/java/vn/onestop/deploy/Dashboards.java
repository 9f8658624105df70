package vn.onestop.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Grafana dashboards of deploy/grafana/dashboards and the PromQL of their panels. */
final class Dashboards {

	static final String WARD_OPERATIONS = "ward-operations.json";

	static final String PLATFORM_HEALTH = "platform-health.json";

	private Dashboards() {
	}

	static Map<String, Object> load(String file) {
		// JSON is YAML: SnakeYAML reads it, no JSON library needed
		return Tools.load(Tools.deploy("grafana/dashboards").resolve(file));
	}

	static List<Path> files() {
		return Tools.list(Tools.deploy("grafana/dashboards"), ".json");
	}

	/** Every panel, including those nested in rows. */
	static List<Map<String, Object>> panels(Map<String, Object> dashboard) {
		List<Map<String, Object>> panels = new ArrayList<>();
		for (Map<String, Object> panel : PrometheusRulesTest.maps(dashboard.get("panels"))) {
			panels.add(panel);
			panels.addAll(PrometheusRulesTest.maps(panel.get("panels")));
		}
		return panels;
	}

	static List<Query> queries(Map<String, Object> dashboard) {
		List<Query> queries = new ArrayList<>();
		for (Map<String, Object> panel : panels(dashboard)) {
			for (Map<String, Object> target : PrometheusRulesTest.maps(panel.get("targets"))) {
				queries.add(new Query((String) panel.get("title"), (String) target.get("refId"), (String) target.get("expr")));
			}
		}
		return queries;
	}

	/** One panel query; {@link #promql} replaces Grafana's variables with values Prometheus accepts. */
	record Query(String panel, String refId, String expr) {

		/** The query with every ward selected (the variable's "All"). */
		String promql() {
			return promql(".*");
		}

		/** The query with the {@code ward} variable set to one ward (or any regular expression). */
		String promql(String ward) {
			return this.expr.replace("$__rate_interval", "1m")
				.replace("$__range", "5m")
				.replace("$__interval", "15s")
				.replace("$ward", ward);
		}

		@Override
		public String toString() {
			return this.panel + " [" + this.refId + "]: " + this.expr;
		}

	}

}
