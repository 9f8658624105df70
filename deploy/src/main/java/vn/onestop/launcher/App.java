package vn.onestop.launcher;

/** The four applications the launcher runs; services own a database, the gateway does not. */
enum App {

	INTAKE("intake-service", "intake", "INTAKE"), CITIZEN("citizen-service", "citizen", "CITIZEN"),
	NOTIFICATION("notification-service", "notification", "NOTIFICATION"), GATEWAY("gateway", null, "GATEWAY");

	private final String module;

	private final String database;

	private final String envPrefix;

	App(String module, String database, String envPrefix) {
		this.module = module;
		this.database = database;
		this.envPrefix = envPrefix;
	}

	String module() {
		return this.module;
	}

	String database() {
		return this.database;
	}

	String envPrefix() {
		return this.envPrefix;
	}

	static App[] services() {
		return new App[] { INTAKE, CITIZEN, NOTIFICATION };
	}

}
