package vn.onestop.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.deploy.PrometheusRulesTest.list;
import static vn.onestop.deploy.PrometheusRulesTest.map;
import static vn.onestop.deploy.PrometheusRulesTest.maps;

/**
 * deploy/k8s: every overlay renders with {@code kubectl kustomize}, parses, and refers only to objects of
 * the same render (ConfigMaps, ServiceAccounts, Services' and PDBs' and NetworkPolicies' selectors, HPA
 * targets, ServiceMonitor selectors and ports, CloudNativePG clusters) or to the Secrets listed in
 * deploy/k8s/external-secrets.yaml, and never contains a Secret. The network policies allow exactly the
 * calls the applications are configured to make ({@link ConfiguredCalls}: the outbox relays' consumers, the
 * gateway's routes, intake's citizen-service client); probes, resources, HA and backups are what the issue asks for.
 */
class KubernetesManifestsTest {

	private static final Map<String, String> NAMESPACE = Map.of("dev", "onestop-dev", "prod", "onestop-prod");

	private static final Map<String, Integer> DB_INSTANCES = Map.of("dev", 1, "prod", 3);

	/** Every application deployed: the four that serve the API, and the pages (web). */
	private static final Set<String> APPLICATIONS = Set.of("gateway", "intake-service", "citizen-service",
			"notification-service", "web");

	/**
	 * The applications that serve {@code /actuator/prometheus} on their management port (the alert rules' jobs):
	 * all of them, web included. An application that does not expose it must not be scraped: every scrape would
	 * be a 404 and an {@code up == 0} target.
	 */
	private static final Set<String> SCRAPED = Set.copyOf(PrometheusRulesTest.APPLICATIONS);

	private static final Map<String, Render> renders = new HashMap<>();

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void rendersAndParsesWithEveryObjectInTheOverlaysNamespace(String overlay) {
		Render render = render(overlay);
		assertThat(render.all()).hasSizeGreaterThan(30);
		for (Map<String, Object> object : render.all()) {
			assertThat(object).as("object").containsKeys("apiVersion", "kind", "metadata");
			Map<String, Object> metadata = map(object.get("metadata"));
			assertThat(metadata.get("name")).as("name of a %s", object.get("kind")).isNotNull();
			if (!"Namespace".equals(object.get("kind"))) {
				assertThat(metadata.get("namespace")).as("namespace of %s", render.id(object)).isEqualTo(NAMESPACE.get(overlay));
			}
		}
		assertThat(render.names("Namespace")).containsExactly(NAMESPACE.get(overlay));
		for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ServiceAccount")) {
			assertThat(render.names(kind)).as(kind).containsExactlyInAnyOrderElementsOf(APPLICATIONS);
		}
		assertThat(render.names("Cluster")).containsExactlyInAnyOrder("intake-db", "citizen-db", "notification-db");
		assertThat(render.names("ServiceMonitor")).isNotEmpty();
		assertThat(render.names("PrometheusRule")).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void commitsNoSecretAndReferencesOnlyDocumentedSecretsAndKeys(String overlay) {
		Render render = render(overlay);
		assertThat(render.of("Secret")).as("Secrets in the render").isEmpty();
		Map<String, Set<String>> documented = documentedSecrets();
		Map<String, Set<String>> referenced = new TreeMap<>();
		for (Map<String, Object> deployment : render.of("Deployment")) {
			for (Map<String, Object> container : containers(deployment)) {
				for (Map<String, Object> env : maps(container.get("env"))) {
					String name = (String) env.get("name");
					if (name.matches(".*(PASSWORD|SECRET|TOKEN|AUTH_HEADER_VALUE|USERNAME|_USER|_KEY)$")) {
						assertThat(env).as("%s in %s comes from a Secret", name, render.id(deployment)).doesNotContainKey("value");
					}
					Map<String, Object> from = env.get("valueFrom") == null ? Map.of() : map(env.get("valueFrom"));
					if (from.get("secretKeyRef") != null) {
						Map<String, Object> ref = map(from.get("secretKeyRef"));
						referenced.computeIfAbsent((String) ref.get("name"), n -> new TreeSet<>()).add((String) ref.get("key"));
					}
				}
				assertThat(container).as("envFrom in %s", render.id(deployment)).doesNotContainKey("envFrom");
			}
			assertThat(list(podSpec(deployment).get("volumes")).toString()).as("secret volumes").doesNotContain("secret");
		}
		for (Map<String, Object> monitor : render.of("ServiceMonitor")) {
			for (Map<String, Object> endpoint : maps(map(monitor.get("spec")).get("endpoints"))) {
				Map<String, Object> credentials = map(map(endpoint.get("authorization")).get("credentials"));
				referenced.computeIfAbsent((String) credentials.get("name"), n -> new TreeSet<>())
					.add((String) credentials.get("key"));
			}
		}
		for (Map<String, Object> cluster : render.of("Cluster")) {
			Map<String, Object> spec = map(cluster.get("spec"));
			String owner = (String) map(map(spec.get("bootstrap")).get("initdb")).get("owner");
			String secret = (String) map(map(map(spec.get("bootstrap")).get("initdb")).get("secret")).get("name");
			assertThat(secret).isEqualTo(owner + "-db-credentials");
			referenced.computeIfAbsent(secret, n -> new TreeSet<>()).addAll(List.of("username", "password"));
			Map<String, Object> s3 = map(map(map(spec.get("backup")).get("barmanObjectStore")).get("s3Credentials"));
			for (Object selector : s3.values()) {
				referenced.computeIfAbsent((String) map(selector).get("name"), n -> new TreeSet<>()).add((String) map(selector).get("key"));
			}
		}
		assertThat(referenced.keySet()).as("referenced Secrets vs deploy/k8s/external-secrets.yaml")
			.containsExactlyInAnyOrderElementsOf(documented.keySet());
		referenced.forEach((secret, keys) -> assertThat(documented.get(secret)).as("keys of Secret %s", secret).containsAll(keys));

		String readme = Tools.read(Tools.home().resolve("docs/deployment.md"));
		for (String secret : documented.keySet()) {
			assertThat(readme).as("docs/deployment.md tells how to create Secret %s", secret).contains("create secret", secret);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyReferencePointsAtAnObjectOfTheSameRender(String overlay) {
		Render render = render(overlay);
		for (Map<String, Object> deployment : render.of("Deployment")) {
			String id = render.id(deployment);
			Map<String, Object> spec = map(deployment.get("spec"));
			Map<String, Object> podLabels = labels(map(spec.get("template")));
			assertThat(matches(map(spec.get("selector")), podLabels)).as("selector of %s matches its pods", id).isTrue();
			assertThat(render.names("ServiceAccount")).as("serviceAccountName of %s", id).contains((String) podSpec(deployment).get("serviceAccountName"));
			for (Map<String, Object> container : containers(deployment)) {
				for (Map<String, Object> env : maps(container.get("env"))) {
					Map<String, Object> from = env.get("valueFrom") == null ? Map.of() : map(env.get("valueFrom"));
					if (from.get("configMapKeyRef") != null) {
						Map<String, Object> ref = map(from.get("configMapKeyRef"));
						Map<String, Object> configMap = render.get("ConfigMap", (String) ref.get("name"));
						assertThat(configMap).as("ConfigMap %s referenced by %s", ref.get("name"), id).isNotNull();
						assertThat(map(configMap.get("data"))).as("ConfigMap %s", ref.get("name")).containsKey((String) ref.get("key"));
					}
				}
			}
		}
		for (Map<String, Object> service : render.of("Service")) {
			Map<String, Object> selector = map(map(service.get("spec")).get("selector"));
			List<Map<String, Object>> pods = render.podsMatching(Map.of("matchLabels", selector));
			assertThat(pods).as("pods of %s", render.id(service)).isNotEmpty();
			for (Map<String, Object> port : maps(map(service.get("spec")).get("ports"))) {
				for (Map<String, Object> pod : pods) {
					assertThat(portNames(pod)).as("targetPort of %s", render.id(service)).contains((String) port.get("targetPort"));
				}
			}
		}
		for (Map<String, Object> hpa : render.of("HorizontalPodAutoscaler")) {
			Map<String, Object> spec = map(hpa.get("spec"));
			Map<String, Object> target = map(spec.get("scaleTargetRef"));
			assertThat(target.get("kind")).isEqualTo("Deployment");
			assertThat(render.get("Deployment", (String) target.get("name"))).as("target of %s", render.id(hpa)).isNotNull();
			assertThat((Integer) spec.get("minReplicas")).isPositive().isLessThanOrEqualTo((Integer) spec.get("maxReplicas"));
		}
		for (Map<String, Object> pdb : render.of("PodDisruptionBudget")) {
			assertThat(render.podsMatching(map(map(pdb.get("spec")).get("selector")))).as("pods of %s", render.id(pdb)).hasSize(1);
		}
		for (Map<String, Object> monitor : render.of("ServiceMonitor")) {
			Map<String, Object> spec = map(monitor.get("spec"));
			List<Map<String, Object>> services = render.of("Service")
				.stream()
				.filter(s -> matches(map(spec.get("selector")), labels(s)))
				.toList();
			assertThat(services.stream().map(s -> name(s)).toList()).as("Services of %s", render.id(monitor))
				.containsExactlyInAnyOrderElementsOf(SCRAPED);
			for (Map<String, Object> endpoint : maps(spec.get("endpoints"))) {
				assertThat(endpoint.get("path")).isEqualTo("/actuator/prometheus");
				for (Map<String, Object> service : services) {
					assertThat(maps(map(service.get("spec")).get("ports")).stream().map(p -> p.get("name")))
						.as("port %s of %s", endpoint.get("port"), name(service)).contains(endpoint.get("port"));
				}
			}
		}
		for (Map<String, Object> policy : render.of("NetworkPolicy")) {
			Map<String, Object> spec = map(policy.get("spec"));
			Map<String, Object> podSelector = map(spec.get("podSelector"));
			if (!podSelector.isEmpty()) {
				assertThat(render.podsMatching(podSelector)).as("pods selected by %s", render.id(policy)).isNotEmpty();
			}
			for (Map<String, Object> rule : maps(spec.get("ingress"))) {
				for (Map<String, Object> peer : maps(rule.get("from"))) {
					if (peer.get("podSelector") != null && peer.get("namespaceSelector") == null) {
						assertThat(render.podsMatching(map(peer.get("podSelector")))).as("peers of %s", render.id(policy)).isNotEmpty();
					}
				}
			}
		}
		for (Map<String, Object> backup : render.of("ScheduledBackup")) {
			String cluster = (String) map(map(backup.get("spec")).get("cluster")).get("name");
			assertThat(render.get("Cluster", cluster)).as("cluster of %s", render.id(backup)).isNotNull();
		}
		for (Map<String, Object> ingress : render.of("Ingress")) {
			for (Map<String, Object> rule : maps(map(ingress.get("spec")).get("rules"))) {
				assertThat(maps(map(rule.get("http")).get("paths")).stream().map(p -> p.get("path") + " " + p.get("pathType")))
					.as("the API and the pages are public").containsExactlyInAnyOrder("/api Prefix", "/ Prefix");
				for (Map<String, Object> path : maps(map(rule.get("http")).get("paths"))) {
					Map<String, Object> backend = map(map(path.get("backend")).get("service"));
					assertThat(backend.get("name")).as("the only public backend").isEqualTo("gateway");
					assertThat(render.get("Service", "gateway")).isNotNull();
				}
			}
		}
	}

	/**
	 * The calls the applications' configurations make in this render (issue 14: the outbox relays' consumers
	 * among them, so a consumer added to a relay is a caller the policies must let in).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void everyUrlAnApplicationIsConfiguredWithReachesAServiceOrLeavesTheCluster(String overlay) {
		Render render = render(overlay);
		Map<String, ConfiguredCalls.Calls> calls = calls(render);
		for (String app : APPLICATIONS) {
			assertThat(calls.get(app).elsewhere()).as("URLs of %s that reach no Service", app)
				.noneMatch(url -> url.contains("://localhost") || url.contains("://127.0.0.1"));
		}
		Map<String, Set<String>> callers = ConfiguredCalls.callers(calls);
		assertThat(callers.get("intake-service")).as("callers of intake-service: the gateway, and citizen-service's relay (WardsMerged)")
			.contains("gateway", "citizen-service");
		assertThat(callers.get("notification-service")).as("callers of notification-service: the relays of intake and citizen")
			.contains("intake-service", "citizen-service");
		assertThat(callers.get("web")).as("callers of web: the gateway's page routes").containsExactly("gateway");
		assertThat(callers.get("gateway")).as("callers of gateway inside the cluster: web, for the API with the user's token")
			.containsExactly("web");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void webSignsInAtThePlatformsIdentityProviderWithSharedSecretsAndSecureCookies(String overlay) {
		Render render = render(overlay);
		Map<String, String> web = environment(render, render.get("Deployment", "web"));
		Map<String, Object> config = map(render.of("ConfigMap").get(0).get("data"));
		assertThat(web).containsEntry("WEB_API_URL", "http://gateway:8080/api/v1")
			.containsEntry("WEB_SECURE_COOKIES", "true")
			.containsEntry("PLATFORM_ENVIRONMENT", "production")
			.containsEntry("WEB_OIDC_ISSUER_URI", (String) config.get("SECURITY_JWT_ISSUER"))
			// its metrics take the MONITOR token Prometheus sends every application, checked as the services check it
			.containsEntry("SECURITY_JWT_ISSUER", (String) config.get("SECURITY_JWT_ISSUER"))
			.containsEntry("SECURITY_JWK_SET_URI", (String) config.get("SECURITY_JWK_SET_URI"));
		assertThat(environment(render, render.get("Deployment", "gateway"))).containsEntry("WEB_URL", "http://web:8084");
		Map<String, String> secrets = new TreeMap<>();
		for (Map<String, Object> env : maps(containers(render.get("Deployment", "web")).get(0).get("env"))) {
			Map<String, Object> from = env.get("valueFrom") == null ? Map.of() : map(env.get("valueFrom"));
			if (from.get("secretKeyRef") != null) {
				Map<String, Object> ref = map(from.get("secretKeyRef"));
				secrets.put((String) env.get("name"), ref.get("name") + "/" + ref.get("key"));
			}
		}
		assertThat(secrets).as("web's secrets, one Secret shared by every replica")
			.containsExactlyInAnyOrderEntriesOf(Map.of("WEB_SESSION_KEY", "web-session-key/key",
					"WEB_OIDC_CLIENT_SECRET", "web-oidc-client/client-secret"));
	}

	@Test
	void onlyApplicationsThatExposeMetricsAreScraped() {
		for (String app : APPLICATIONS) {
			boolean exposes = String.valueOf(exposedEndpoints(app)).contains("prometheus");
			assertThat(exposes).as("%s exposes /actuator/prometheus (its own application.yml, or platform-defaults.yml)", app)
				.isEqualTo(SCRAPED.contains(app));
		}
	}

	/** management.endpoints.web.exposure.include of an application: its own, else platform-support's default. */
	private static Object exposedEndpoints(String app) {
		Object own = exposure(Tools.load(Tools.home().resolve(app).resolve("src/main/resources/application.yml")));
		if (own != null) {
			return own;
		}
		String pom = Tools.read(Tools.home().resolve(app).resolve("pom.xml"));
		return pom.contains("<artifactId>platform-support</artifactId>")
				? exposure(Tools.load(Tools.home().resolve("platform-support/src/main/resources/platform-defaults.yml"))) : null;
	}

	private static Object exposure(Map<String, Object> config) {
		Object node = config;
		for (String key : List.of("management", "endpoints", "web", "exposure", "include")) {
			if (!(node instanceof Map<?, ?> level)) {
				return null;
			}
			node = level.get(key);
		}
		return node;
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void networkPoliciesLetOnlyTheGatewayInFromOutsideAndEachServiceOnlyFromItsCallers(String overlay) {
		Render render = render(overlay);
		Map<String, Set<String>> configuredCallers = ConfiguredCalls.callers(calls(render));
		List<Map<String, Object>> policies = render.of("NetworkPolicy");
		assertThat(policies).anySatisfy(p -> {
			assertThat(map(map(p.get("spec")).get("podSelector"))).isEmpty();
			assertThat(map(p.get("spec")).get("ingress")).isNull();
			assertThat(list(map(p.get("spec")).get("policyTypes"))).containsExactly("Ingress");
		});
		for (String app : APPLICATIONS) {
			Map<String, Object> pod = map(map(render.get("Deployment", app).get("spec")).get("template"));
			Set<String> httpCallers = new TreeSet<>();
			boolean httpOpenToAll = false;
			Set<String> managementSources = new TreeSet<>();
			for (Map<String, Object> policy : policies) {
				Map<String, Object> spec = map(policy.get("spec"));
				if (!matches(map(spec.get("podSelector")), labels(pod))) {
					continue;
				}
				for (Map<String, Object> rule : maps(spec.get("ingress"))) {
					Set<Object> ports = new LinkedHashSet<>();
					maps(rule.get("ports")).forEach(p -> ports.add(p.get("port")));
					assertThat(ports).as("ingress rules of %s name their ports", render.id(policy)).isNotEmpty();
					for (Object port : ports) {
						assertThat(port).as("port of %s", render.id(policy)).isIn("http", "management");
					}
					if (rule.get("from") == null) {
						assertThat(ports).as("open rule of %s", render.id(policy)).containsExactly("http");
						httpOpenToAll = true;
						continue;
					}
					for (Map<String, Object> peer : maps(rule.get("from"))) {
						if (peer.get("namespaceSelector") != null) {
							assertThat(ports).as("from another namespace in %s", render.id(policy)).containsExactly("management");
							managementSources.add(String.valueOf(map(map(peer.get("namespaceSelector")).get("matchLabels"))));
							continue;
						}
						for (Map<String, Object> caller : render.podsMatching(map(peer.get("podSelector")))) {
							httpCallers.add((String) labels(caller).get("app.kubernetes.io/name"));
						}
						assertThat(ports).containsExactly("http");
					}
				}
			}
			if (app.equals("gateway")) {
				assertThat(httpOpenToAll).as("gateway reachable from outside").isTrue();
				assertThat(httpCallers).isEmpty();
			}
			else {
				assertThat(httpOpenToAll).as("%s reachable from outside", app).isFalse();
				assertThat(httpCallers).as("callers of %s allowed by the policies vs those its callers' configurations imply", app)
					.isEqualTo(configuredCallers.getOrDefault(app, Set.of()));
			}
			assertThat(managementSources).as("who scrapes %s", app).containsExactly("{kubernetes.io/metadata.name=monitoring}");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void deploymentsHaveProbesResourcesAndAHardenedPod(String overlay) {
		Render render = render(overlay);
		for (Map<String, Object> deployment : render.of("Deployment")) {
			assertThat(map(deployment.get("spec"))).as("replicas are the HPA's").doesNotContainKey("replicas");
			Map<String, Object> pod = podSpec(deployment);
			assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true);
			for (Map<String, Object> container : containers(deployment)) {
				String id = render.id(deployment);
				assertThat(probe(container, "readinessProbe")).as("readiness of %s", id).isEqualTo("/actuator/health/readiness@management");
				assertThat(probe(container, "livenessProbe")).as("liveness of %s", id).isEqualTo("/actuator/health/liveness@management");
				Map<String, Object> resources = map(container.get("resources"));
				assertThat(map(resources.get("requests"))).as("requests of %s", id).containsKeys("cpu", "memory");
				assertThat(map(resources.get("limits"))).as("limits of %s", id).containsKeys("cpu", "memory");
				assertThat(map(container.get("securityContext"))).containsEntry("allowPrivilegeEscalation", false)
					.containsEntry("readOnlyRootFilesystem", true);
				assertThat((String) container.get("image")).as("image of %s", id)
					.startsWith("registry.onestop.example.invalid/onestop/" + name(deployment) + ":");
				Map<String, Object> env = new LinkedHashMap<>();
				maps(container.get("env")).forEach(e -> env.put((String) e.get("name"), e.get("value")));
				assertThat(env).containsEntry("MANAGEMENT_SERVER_PORT", "8090");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "dev", "prod" })
	void eachServiceHasItsOwnHighlyAvailableBackedUpPostgresql(String overlay) {
		Render render = render(overlay);
		Map<String, Object> config = map(render.of("ConfigMap").get(0).get("data"));
		for (String db : List.of("intake", "citizen", "notification")) {
			Map<String, Object> cluster = render.get("Cluster", db + "-db");
			assertThat(cluster.get("apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
			Map<String, Object> spec = map(cluster.get("spec"));
			assertThat(spec.get("instances")).as("instances of %s-db in %s", db, overlay).isEqualTo(DB_INSTANCES.get(overlay));
			assertThat((String) spec.get("imageName")).contains("postgresql:17");
			assertThat(map(map(spec.get("bootstrap")).get("initdb"))).containsEntry("database", db).containsEntry("owner", db);
			Map<String, Object> backup = map(spec.get("backup"));
			assertThat(backup.get("retentionPolicy")).isNotNull();
			assertThat((String) map(backup.get("barmanObjectStore")).get("destinationPath")).startsWith("s3://").endsWith("/" + db);
			assertThat(render.of("ScheduledBackup")).anySatisfy(b -> assertThat(map(map(b.get("spec")).get("cluster")).get("name")).isEqualTo(db + "-db"));
			String prefix = db.toUpperCase();
			assertThat(config.get(prefix + "_DB_URL")).isEqualTo("postgresql://" + db + "-db-rw:5432/" + db);
		}
		if (overlay.equals("prod")) {
			for (Map<String, Object> hpa : render.of("HorizontalPodAutoscaler")) {
				assertThat((Integer) map(hpa.get("spec")).get("minReplicas")).as("prod replicas").isGreaterThanOrEqualTo(2);
			}
		}
	}

	@Test
	void thePrometheusRuleCarriesExactlyTheAlertRulesOfDeployPrometheus() {
		Map<String, Object> rule = Tools.load(Tools.deploy("k8s/base/prometheus-rules.yaml"));
		Map<String, Object> rules = Tools.load(Tools.deploy("prometheus/rules/onestop-alerts.yml"));
		assertThat(map(rule.get("spec")).get("groups")).isEqualTo(rules.get("groups"));
	}

	// --- the render and its lookups

	private static Map<String, ConfiguredCalls.Calls> calls(Render render) {
		Set<String> services = new TreeSet<>(render.names("Service"));
		Map<String, ConfiguredCalls.Calls> calls = new TreeMap<>();
		for (String app : APPLICATIONS) {
			Map<String, String> environment = environment(render, render.get("Deployment", app));
			calls.put(app, ConfiguredCalls.of(app, environment::get, services));
		}
		return calls;
	}

	/** A Deployment's container environment, values from ConfigMaps of the render resolved. */
	private static Map<String, String> environment(Render render, Map<String, Object> deployment) {
		Map<String, String> environment = new TreeMap<>();
		for (Map<String, Object> container : containers(deployment)) {
			for (Map<String, Object> env : maps(container.get("env"))) {
				Map<String, Object> from = env.get("valueFrom") == null ? Map.of() : map(env.get("valueFrom"));
				if (env.get("value") != null) {
					environment.put((String) env.get("name"), String.valueOf(env.get("value")));
				}
				else if (from.get("configMapKeyRef") != null) {
					Map<String, Object> ref = map(from.get("configMapKeyRef"));
					Object value = map(render.get("ConfigMap", (String) ref.get("name")).get("data")).get(ref.get("key"));
					environment.put((String) env.get("name"), value == null ? null : String.valueOf(value));
				}
			}
		}
		return environment;
	}

	private static synchronized Render render(String overlay) {
		return renders.computeIfAbsent(overlay, o -> {
			Tools.Result result = Tools.run(Duration.ofSeconds(120), Tools.home(), Tools.tool("kubectl"), "kustomize",
					Tools.deploy("k8s/overlays/" + o).toString()).assertSuccess();
			List<Map<String, Object>> objects = new ArrayList<>();
			for (Object document : Tools.yaml().loadAll(result.output())) {
				if (document != null) {
					objects.add(map(document));
				}
			}
			return new Render(objects);
		});
	}

	private static Map<String, Set<String>> documentedSecrets() {
		Map<String, Object> file = Tools.load(Tools.deploy("k8s/external-secrets.yaml"));
		Map<String, Set<String>> secrets = new TreeMap<>();
		for (Map<String, Object> secret : maps(file.get("secrets"))) {
			secrets.put((String) secret.get("name"), new TreeSet<>(list(secret.get("keys")).stream().map(String::valueOf).toList()));
		}
		return secrets;
	}

	private static String probe(Map<String, Object> container, String kind) {
		Map<String, Object> get = map(map(container.get(kind)).get("httpGet"));
		return get.get("path") + "@" + get.get("port");
	}

	private static String name(Map<String, Object> object) {
		return (String) map(object.get("metadata")).get("name");
	}

	private static Map<String, Object> labels(Map<String, Object> object) {
		Object labels = map(object.get("metadata")).get("labels");
		return labels == null ? Map.of() : map(labels);
	}

	private static Map<String, Object> podSpec(Map<String, Object> deployment) {
		return map(map(map(deployment.get("spec")).get("template")).get("spec"));
	}

	private static List<Map<String, Object>> containers(Map<String, Object> deployment) {
		return maps(podSpec(deployment).get("containers"));
	}

	private static Set<String> portNames(Map<String, Object> podTemplate) {
		Set<String> names = new TreeSet<>();
		for (Map<String, Object> container : maps(map(podTemplate.get("spec")).get("containers"))) {
			maps(container.get("ports")).forEach(p -> names.add((String) p.get("name")));
		}
		return names;
	}

	/** A label selector (matchLabels only; matchExpressions are not used here) against labels. */
	private static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
		assertThat(selector).as("selector").doesNotContainKey("matchExpressions");
		Object matchLabels = selector.get("matchLabels");
		if (matchLabels == null) {
			return selector.isEmpty();
		}
		return map(matchLabels).entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
	}

	private record Render(List<Map<String, Object>> all) {

		List<Map<String, Object>> of(String kind) {
			return this.all.stream().filter(o -> kind.equals(o.get("kind"))).toList();
		}

		List<String> names(String kind) {
			return of(kind).stream().map(KubernetesManifestsTest::name).toList();
		}

		Map<String, Object> get(String kind, String name) {
			return of(kind).stream().filter(o -> name.equals(name(o))).findFirst().orElse(null);
		}

		String id(Map<String, Object> object) {
			return object.get("kind") + "/" + name(object);
		}

		/**
		 * Pod templates of the render a selector matches: the Deployments' templates, and the pods the
		 * CloudNativePG operator creates for each Cluster (labelled {@code cnpg.io/cluster: <name>}).
		 */
		List<Map<String, Object>> podsMatching(Map<String, Object> selector) {
			List<Map<String, Object>> pods = new ArrayList<>();
			for (Map<String, Object> deployment : of("Deployment")) {
				Map<String, Object> template = map(map(deployment.get("spec")).get("template"));
				if (matches(selector, labels(template))) {
					pods.add(template);
				}
			}
			for (Map<String, Object> cluster : of("Cluster")) {
				Map<String, Object> pod = Map.of("metadata", Map.of("labels", Map.of("cnpg.io/cluster", name(cluster))), "spec",
						Map.of("containers", List.of(Map.of("ports", List.of()))));
				if (matches(selector, labels(pod))) {
					pods.add(pod);
				}
			}
			return pods;
		}

	}

}
