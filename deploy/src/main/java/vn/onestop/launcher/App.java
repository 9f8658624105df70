package vn.onestop.launcher;

/** The five applications the launcher runs; services own a database, the gateway and the pages do not. */
enum App {

	INTAKE("intake-service", "intake", "INTAKE"), CITIZEN("citizen-service", "citizen", "CITIZEN"),
	NOTIFICATION("notification-service", "notification", "NOTIFICATION"), GATEWAY("gateway", null, "GATEWAY"),
	WEB("web", null, "WEB");

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
