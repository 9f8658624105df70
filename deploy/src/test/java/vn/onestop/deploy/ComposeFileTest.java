package vn.onestop.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.deploy.PrometheusRulesTest.list;
import static vn.onestop.deploy.PrometheusRulesTest.map;

/**
 * deploy/compose.yaml, checked without Docker: the services the issue asks for, images built from the
 * Maven jars by deploy/docker/Dockerfile, health checks on every service and a start order that waits
 * for them, files it mounts exist, and every secret is a variable of deploy/.env.example without a value.
 */
class ComposeFileTest {

	/** The applications built from the Maven jars: the four that serve the API, and the pages. */
	private static final List<String> APPLICATIONS = List.of("gateway", "intake-service", "citizen-service",
			"notification-service", "web");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

	private final Map<String, Object> compose = Tools.load(Tools.deploy("compose.yaml"));

	private final Map<String, Object> services = map(this.compose.get("services"));

	@Test
	void hasDatabaseApplicationsMonitoringAndSmtpCatcher() {
		assertThat(this.services.keySet()).containsExactlyInAnyOrder("postgres", "gateway", "intake-service", "citizen-service",
				"notification-service", "web", "prometheus", "grafana", "mailpit");
		assertThat((String) service("postgres").get("image")).startsWith("postgres:17");
		assertThat((String) service("mailpit").get("image")).startsWith("axllent/mailpit:");
		assertThat(env("notification-service")).containsEntry("NOTIFICATION_SMTP_HOST", "mailpit");
	}

	@Test
	void buildsEachApplicationImageFromItsMavenJar() {
		String dockerfile = Tools.read(Tools.deploy("docker/Dockerfile"));
		assertThat(dockerfile).contains("FROM eclipse-temurin:17-jre", "ARG MODULE", "COPY", "${MODULE}/target/${MODULE}.jar");
		assertThat(Tools.read(Tools.deploy("docker/Dockerfile.dockerignore"))).contains("!deploy/docker/healthcheck.sh");
		for (String app : APPLICATIONS) {
			Map<String, Object> build = map(service(app).get("build"));
			assertThat(build.get("context")).isEqualTo("..");
			assertThat(build.get("dockerfile")).isEqualTo("deploy/docker/Dockerfile");
			assertThat(map(build.get("args"))).containsEntry("MODULE", app);
			assertThat(Tools.home().resolve(app).resolve("pom.xml")).as("module %s", app).isRegularFile();
			assertThat(Tools.read(Tools.deploy("docker/Dockerfile.dockerignore"))).contains("!" + app + "/target/" + app + ".jar");
			assertThat((String) service(app).get("image")).startsWith("onestop/" + app + ":");
		}
	}

	@Test
	void everyServiceHasAHealthCheckAndStartsAfterWhatItNeedsIsHealthy() {
		for (String name : this.services.keySet()) {
			Map<String, Object> healthcheck = map(service(name).get("healthcheck"));
			List<Object> test = list(healthcheck.get("test"));
			assertThat(test.get(0)).as("health check of %s", name).isIn("CMD", "CMD-SHELL");
			assertThat(String.join(" ", test.stream().map(String::valueOf).toList())).as("health check of %s", name).doesNotContain("curl");
			Object dependsOn = service(name).get("depends_on");
			if (dependsOn != null) {
				for (Map.Entry<String, Object> dependency : map(dependsOn).entrySet()) {
					assertThat(this.services).as("%s depends on", name).containsKey(dependency.getKey());
					assertThat(map(dependency.getValue())).as("%s waits for %s", name, dependency.getKey())
						.containsEntry("condition", "service_healthy");
				}
			}
		}
		for (String app : APPLICATIONS) {
			assertThat(list(map(service(app).get("healthcheck")).get("test")))
				.containsExactly("CMD", "/app/healthcheck.sh", "8090", "/actuator/health/readiness");
			assertThat(env(app)).containsEntry("MANAGEMENT_SERVER_PORT", "8090");
		}
		for (String serviceName : List.of("intake-service", "citizen-service", "notification-service")) {
			assertThat(map(service(serviceName).get("depends_on"))).containsKey("postgres");
			assertThat(map(service("gateway").get("depends_on"))).containsKey(serviceName);
		}
		assertThat(map(service("web").get("depends_on"))).as("web calls the API through the gateway").containsOnlyKeys("gateway");
		assertThat(map(service("gateway").get("depends_on"))).as("the gateway must not wait for web, which waits for it")
			.doesNotContainKey("web");
		assertThat(Files.isExecutable(Tools.deploy("docker/healthcheck.sh"))).isTrue();
	}

	@Test
	void eachServiceGetsItsOwnDatabaseAndRoleFromTheInitScript() {
		for (String db : List.of("intake", "citizen", "notification")) {
			String prefix = db.toUpperCase();
			Map<String, Object> env = env(db + "-service");
			assertThat(env).containsEntry(prefix + "_DB_URL", "postgresql://postgres:5432/" + db)
				.containsEntry(prefix + "_DB_USER", db)
				.containsEntry(prefix + "_DB_PASSWORD", "${" + prefix + "_DB_PASSWORD:?set " + prefix + "_DB_PASSWORD in the env file}");
			assertThat(env("postgres")).containsKey(prefix + "_DB_PASSWORD");
		}
		assertThat(list(service("postgres").get("volumes")))
			.contains("./docker/postgres/init-databases.sh:/docker-entrypoint-initdb.d/10-init-databases.sh:ro");
		assertThat(Tools.read(Tools.deploy("docker/postgres/init-databases.sh"))).contains("for service in intake citizen notification",
				"CREATE DATABASE", "OWNER", "REVOKE");
	}

	@Test
	void theGatewayRoutesPagesToWebWhichCallsTheApiThroughTheGatewayUnpublished() {
		assertThat(env("gateway")).containsEntry("WEB_URL", "http://web:8084");
		assertThat(env("web")).containsEntry("WEB_PORT", "8084")
			.containsEntry("WEB_API_URL", "http://gateway:8080/api/v1")
			.containsEntry("PLATFORM_ENVIRONMENT", "production")
			.containsEntry("WEB_SECURE_COOKIES", "${WEB_SECURE_COOKIES:-true}")
			.containsEntry("WEB_SESSION_KEY", "${WEB_SESSION_KEY:?set WEB_SESSION_KEY in the env file}")
			.containsEntry("WEB_OIDC_ISSUER_URI", "${WEB_OIDC_ISSUER_URI:?set WEB_OIDC_ISSUER_URI in the env file}")
			// Prometheus' MONITOR token is checked against the same issuer and keys as in the services
			.containsEntry("SECURITY_JWT_ISSUER", "${SECURITY_JWT_ISSUER:?set SECURITY_JWT_ISSUER in the env file}")
			.containsEntry("SECURITY_JWK_SET_URI", "${SECURITY_JWK_SET_URI:?set SECURITY_JWK_SET_URI in the env file}");
		assertThat(service("web")).as("web is reached only through the gateway").doesNotContainKey("ports");
	}

	@Test
	void mountedFilesExist() {
		for (String name : this.services.keySet()) {
			for (Object volume : list(service(name).get("volumes"))) {
				String source = String.valueOf(volume).split(":")[0];
				if (source.startsWith("./")) {
					assertThat(Tools.deploy(source.substring(2))).as("%s mounts %s", name, source).exists();
				}
			}
		}
	}

	@Test
	void secretsAreVariablesWithoutCommittedValues() {
		String composeText = Tools.read(Tools.deploy("compose.yaml"));
		Set<String> variables = new LinkedHashSet<>();
		Matcher variable = VARIABLE.matcher(composeText);
		while (variable.find()) {
			variables.add(variable.group(1));
		}
		Map<String, String> example = envExample();
		assertThat(example.keySet()).as("deploy/.env.example documents every variable of compose.yaml").containsAll(variables);
		for (String name : this.services.keySet()) {
			env(name).forEach((key, value) -> {
				if (key.matches(".*(PASSWORD|SECRET|TOKEN|_KEY).*")) {
					Matcher required = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?[^}]+}").matcher(String.valueOf(value));
					assertThat(required.matches()).as("%s of %s is a required variable: %s", key, name, value).isTrue();
					assertThat(example.get(required.group(1))).as("%s in .env.example has no value", required.group(1)).isEmpty();
				}
			});
		}
	}

	private Map<String, Object> service(String name) {
		return map(this.services.get(name));
	}

	private Map<String, Object> env(String name) {
		Object environment = service(name).get("environment");
		return environment == null ? Map.of() : map(environment);
	}

	private static Map<String, String> envExample() {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		for (String line : Tools.read(Tools.deploy(".env.example")).split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				int eq = line.indexOf('=');
				values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
			}
		}
		return values;
	}

	static Path path(String relative) {
		return Tools.deploy(relative);
	}

}
