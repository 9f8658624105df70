package vn.onestop.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything the launcher can be told, from environment variables with the documented defaults.
 */
record LauncherSettings(Path home, Path dataDirectory, int gatewayPort, Map<App, Integer> servicePorts, int postgresPort,
		Map<App, String> databaseUrls, List<String> jvmOptions, Duration startupTimeout, Map<String, String> extraEnvironment,
		Security security, boolean classDataSharing) {

	/**
	 * Where tokens come from: an identity provider of the user's (SECURITY_JWK_SET_URI and SECURITY_JWT_ISSUER set,
	 * then PLATFORM_SERVICE_TOKEN too), or else the launcher's own demo issuer, whose tokens go to demoTokens, with
	 * an officer token for each of demoWards besides the demo ward's (the load benchmark spreads over many wards).
	 */
	record Security(String jwkSetUri, String issuer, String serviceToken, String environment, Path demoTokens,
			List<String> demoWards) {

		boolean demoIssuer() {
			return this.jwkSetUri.isBlank();
		}

		boolean production() {
			return "production".equalsIgnoreCase(this.environment.trim());
		}

	}

	static LauncherSettings fromEnvironment(Map<String, String> env, Path defaultHome) {
		Path home = Path.of(env.getOrDefault("PLATFORM_HOME", defaultHome.toString())).toAbsolutePath().normalize();
		Path data = Path.of(env.getOrDefault("PLATFORM_DATA_DIR", home.resolve("data").toString())).toAbsolutePath().normalize();
		return new LauncherSettings(home, data, port(env, "GATEWAY_PORT", 8080),
				Map.of(App.INTAKE, port(env, "INTAKE_PORT", 8081), App.CITIZEN, port(env, "CITIZEN_PORT", 8082),
						App.NOTIFICATION, port(env, "NOTIFICATION_PORT", 8083), App.WEB, port(env, "WEB_PORT", 8084)),
				port(env, "POSTGRES_PORT", 54329),
				Map.of(App.INTAKE, env.getOrDefault("INTAKE_DB_URL", ""), App.CITIZEN, env.getOrDefault("CITIZEN_DB_URL", ""),
						App.NOTIFICATION, env.getOrDefault("NOTIFICATION_DB_URL", "")),
				List.of(env.getOrDefault("PLATFORM_JVM_OPTS", "-Xms64m -Xmx320m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError")
					.trim()
					.split("\\s+")),
				Duration.ofSeconds(Long.parseLong(env.getOrDefault("PLATFORM_STARTUP_TIMEOUT_SECONDS", "300"))), Map.of(),
				new Security(env.getOrDefault("SECURITY_JWK_SET_URI", "").trim(), env.getOrDefault("SECURITY_JWT_ISSUER", "").trim(),
						env.getOrDefault("PLATFORM_SERVICE_TOKEN", "").trim(), env.getOrDefault("PLATFORM_ENVIRONMENT", ""),
						Path.of(env.getOrDefault("PLATFORM_DEMO_TOKENS", data.resolve("demo-tokens.env").toString()))
							.toAbsolutePath()
							.normalize(),
						wards(env.getOrDefault("PLATFORM_DEMO_WARDS", ""))),
				flag(env, "PLATFORM_CDS", true));
	}

	LauncherSettings withExtraEnvironment(Map<String, String> extra) {
		return new LauncherSettings(this.home, this.dataDirectory, this.gatewayPort, this.servicePorts, this.postgresPort,
				this.databaseUrls, this.jvmOptions, this.startupTimeout, Map.copyOf(extra), this.security,
				this.classDataSharing);
	}

	int portOf(App app) {
		return app == App.GATEWAY ? this.gatewayPort : this.servicePorts.get(app);
	}

	Path jarOf(App app) {
		return this.home.resolve(app.module()).resolve("target").resolve(app.module() + ".jar");
	}

	Path logOf(App app) {
		return this.dataDirectory.resolve("logs").resolve(app.module() + ".log");
	}

	private static List<String> wards(String value) {
		List<String> wards = value.isBlank() ? List.of() : List.of(value.trim().split("[,\\s]+"));
		for (String ward : wards) {
			if (!ward.matches("\\d{5}")) {
				throw new IllegalArgumentException("PLATFORM_DEMO_WARDS must list 5-digit ward codes, got " + ward);
			}
		}
		return wards;
	}

	private static boolean flag(Map<String, String> env, String name, boolean fallback) {
		String value = env.getOrDefault(name, "").trim();
		if (value.isEmpty()) {
			return fallback;
		}
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			throw new IllegalArgumentException(name + " must be true or false, got " + value);
		}
		return Boolean.parseBoolean(value);
	}

	private static int port(Map<String, String> env, String name, int fallback) {
		String value = env.get(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		int port = Integer.parseInt(value.trim());
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(name + " must be a TCP port, got " + value);
		}
		return port;
	}

}
