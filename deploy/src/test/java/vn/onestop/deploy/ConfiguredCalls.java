package vn.onestop.deploy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which applications each application calls over http, read from what it is configured with: every URL in its
 * {@code src/main/resources/application.yml} (the outbox relay's consumers, the gateway's routes, intake's
 * citizen-service client …), its {@code ${VARIABLE:default}} placeholders resolved with the environment its
 * Deployment gives it. A URL whose host is a Service of the render is a call; the NetworkPolicies must allow
 * exactly these.
 */
final class ConfiguredCalls {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^}]*))?}");

	private ConfiguredCalls() {
	}

	/**
	 * @param environment the application's container environment in the render
	 * @param services the render's Service names, each the name of the application behind it
	 * @return the applications it calls, and every http URL it is configured with that reaches no Service
	 */
	static Calls of(String application, Function<String, String> environment, Set<String> services) {
		Map<String, Object> config = Tools.load(Tools.home().resolve(application).resolve("src/main/resources/application.yml"));
		List<String> values = new ArrayList<>();
		leaves(config, values);
		Set<String> callees = new TreeSet<>();
		Set<String> elsewhere = new TreeSet<>();
		for (String value : values) {
			String resolved = resolve(value, environment);
			if (!resolved.matches("https?://.*")) {
				continue;
			}
			String host = URI.create(resolved).getHost();
			if (services.contains(host)) {
				callees.add(host);
			}
			else {
				elsewhere.add(resolved);
			}
		}
		return new Calls(callees, elsewhere);
	}

	/** Who calls each application, from the calls of all of them. */
	static Map<String, Set<String>> callers(Map<String, Calls> calls) {
		Map<String, Set<String>> callers = new TreeMap<>();
		calls.forEach((caller, made) -> made.callees().forEach(callee -> callers.computeIfAbsent(callee, c -> new TreeSet<>()).add(caller)));
		return callers;
	}

	private static String resolve(String value, Function<String, String> environment) {
		Matcher placeholder = PLACEHOLDER.matcher(value);
		StringBuilder resolved = new StringBuilder();
		while (placeholder.find()) {
			String set = environment.apply(placeholder.group(1));
			String replacement = set != null ? set : placeholder.group(2) == null ? "" : placeholder.group(2);
			placeholder.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
		}
		placeholder.appendTail(resolved);
		return resolved.toString();
	}

	private static void leaves(Object node, List<String> values) {
		if (node instanceof Map<?, ?> map) {
			map.values().forEach(child -> leaves(child, values));
		}
		else if (node instanceof List<?> list) {
			list.forEach(child -> leaves(child, values));
		}
		else if (node != null) {
			values.add(node.toString());
		}
	}

	/**
	 * @param callees applications it calls
	 * @param elsewhere URLs it is configured with that reach no Service of the render
	 */
	record Calls(Set<String> callees, Set<String> elsewhere) {
	}

}
