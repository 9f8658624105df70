package vn.onestop.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The run command for real: deploy/run.sh starts embedded PostgreSQL (durable) and the four applications as
 * separate JVMs; requests go through the gateway to every service; a killed service turns into a 503 problem
 * within the gateway timeout; whatever is killed is started again and serves within a minute, nothing else
 * restarted; SIGTERM and Ctrl-C stop every process within the documented bound; data survives a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

	/** A start without CDS archives takes minutes on two cores shared with other builds. */
	private static final Duration STARTUP = Duration.ofMinutes(10);

	/** Long enough that a busy machine's slow first answers are not 504s; a dead service's 503 comes well before. */
	private static final Duration GATEWAY_TIMEOUT = Duration.ofSeconds(10);

	/** From a kill to serving again through the gateway (issue 14). */
	private static final Duration BACK_WITHIN = Duration.ofSeconds(60);

	/** From SIGTERM or Ctrl-C to the launcher's exit, every process gone: docs/operating.md. */
	private static final Duration STOP_BOUND = Duration.ofSeconds(60);

	private static final String POSTGRES = "PostgreSQL";


	private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	static Path data;

	private static final Map<String, String> environment = new HashMap<>();

	private static LauncherProcess launcher;

	private static String gateway;

	@BeforeAll
	static void startPlatform() throws IOException {
		environment.putAll(Map.of("PLATFORM_HOME", home().toString(), "PLATFORM_DATA_DIR", data.toString(), "GATEWAY_PORT",
				String.valueOf(LauncherProcess.freePort()), "INTAKE_PORT", String.valueOf(LauncherProcess.freePort()),
				"CITIZEN_PORT", String.valueOf(LauncherProcess.freePort()), "NOTIFICATION_PORT",
				String.valueOf(LauncherProcess.freePort()), "POSTGRES_PORT", String.valueOf(LauncherProcess.freePort()),
				"GATEWAY_TIMEOUT", GATEWAY_TIMEOUT.toSeconds() + "s", "NOTIFICATION_SMTP_EMBEDDED_PORT",
				String.valueOf(LauncherProcess.freePort())));
		environment.put("PLATFORM_STARTUP_TIMEOUT_SECONDS", String.valueOf(STARTUP.toSeconds()));
		environment.put("WEB_PORT", String.valueOf(LauncherProcess.freePort()));
		launcher = LauncherProcess.start(home(), environment);
		gateway = launcher.awaitReady(STARTUP);
	}

	@AfterAll
	static void stopPlatform() {
		if (launcher != null) {
			launcher.killIfRunning();
		}
	}

	@Test
	@Order(1)
	void printsTheGatewayUrlAndServesEveryServiceThroughIt() throws Exception {
		assertThat(gateway).isEqualTo("http://localhost:" + environment.get("GATEWAY_PORT"));

		assertThat(get("/api/v1/docs/intake")).satisfies(ok("\"title\":\"Intake service", "\"url\":\"/api/v1/intake\""));
		assertThat(get("/api/v1/docs/citizen")).satisfies(ok("\"title\":\"Citizen service", "\"url\":\"/api/v1\""));
		assertThat(get("/api/v1/docs/notification"))
			.satisfies(ok("\"title\":\"Notification service", "\"url\":\"/api/v1/notifications\""));
		assertThat(get("/api/v1/intake/calendar/2026")).satisfies(ok("2026-02-14", "2026-08-22"));
		assertThat(send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/notifications/sms/preview"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Hồ sơ đã được tiếp nhận\"}"))))
			.satisfies(ok("Ho so da duoc tiep nhan"));
		assertThat(get("/api/v1/wards/20242?on=2025-07-01")).satisfies(ok("Hải Châu"));
		assertThat(get("/api/v1/wards/20242/predecessors?on=2025-07-01")).satisfies(ok("Thạch Thang", "Phước Ninh"));
		assertThat(get("/api/v1/wards/not-a-code")).satisfies(problem(400));
	}

	@Test
	@Order(2)
	void aDossierFiledAtTheCounterRegistersTheCitizenAndTellsThemBySmsAndEmail() throws Exception {
		HttpResponse<String> filed = send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/dossiers"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"procedureCode":"HT-XAC-NHAN-HON-NHAN","wardCode":"20242","channel":"IN_PERSON",
					 "submitter":{"fullName":"Nguyễn Thị Lan","idNumber":"048187000123","dateOfBirth":"1987-05-20",
					   "phone":"0912345678","email":"lan@example.vn","address":{"line":"12 Lê Lợi","wardCode":"20242"}},
					 "documents":[{"key":"to-khai","originals":1}],"sets":1}""")));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String code = field(filed.body(), "code");
		assertThat(code).matches("20242-\\d{6}-0001");

		LauncherProcess.poll(Duration.ofSeconds(60), () -> {
			String dossier = body("/api/v1/intake/dossiers/" + code);
			return dossier.contains("\"citizenLinkPending\":false") && dossier.contains("\"citizenId\":\"") ? Optional.of(dossier)
					: Optional.empty();
		}, "intake to register the submitter in citizen-service");
		String messages = LauncherProcess.poll(Duration.ofSeconds(60), () -> {
			String page = body("/api/v1/notifications/messages?dossier=" + code);
			return page.split("\"status\":\"SENT\"", -1).length - 1 == 2 ? Optional.of(page) : Optional.empty();
		}, "the SMS and the e-mail about dossier " + code + " to be sent");
		assertThat(messages).contains("\"channel\":\"SMS\"", "\"channel\":\"EMAIL\"", code).doesNotContain("0912345678");

		// the demo tokens: nobody without one, the citizen sees their own dossier, only the leader sees statistics
		assertThat(send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/dossiers/" + code))
			.header("Authorization", "Bearer not-a-token")
			.GET())).satisfies(problem(401));
		assertThat(as("CITIZEN_TOKEN", "/api/v1/intake/dossiers/" + code)).satisfies(ok(code));
		String statistics = "/api/v1/intake/statistics?ward=20242&from=2026-01-01&to=2026-12-31";
		assertThat(as("LEADER_TOKEN", statistics)).satisfies(ok("\"received\""));
		assertThat(as("MONITOR_TOKEN", statistics)).satisfies(ok("\"received\""));
		assertThat(get(statistics)).satisfies(problem(403));
		assertThat(as("MONITOR_TOKEN", "/api/v1/intake/dossiers/" + code)).satisfies(problem(403, 404));
	}

	private static HttpResponse<String> as(String token, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token(token)).GET());
	}

	@Test
	@Order(3)
	void carriesTraceAndRequestIdIntoTheLogsOfGatewayAndService() throws Exception {
		String requestId = "e2e-" + UUID.randomUUID();
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/calendar/2025"))
			.header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01")
			.header("X-Request-Id", requestId)
			.GET());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("X-Request-Id")).containsExactly(requestId);
		for (String module : List.of("gateway", "intake-service")) {
			String line = LauncherProcess.poll(Duration.ofSeconds(20), () -> logLine(module, requestId),
					"a log line of " + module + " with the request id");
			assertThat(line).contains(TRACE_ID);
		}
	}

	@Test
	@Order(4)
	void givesEachServiceItsOwnDatabaseAndRole() throws Exception {
		try (Connection admin = postgres("postgres"); Statement sql = admin.createStatement()) {
			for (String service : List.of("intake", "citizen", "notification")) {
				assertThat(single(sql, "select pg_get_userbyid(datdba) from pg_database where datname = '" + service + "'"))
					.isEqualTo(service);
				for (String other : List.of("intake", "citizen", "notification")) {
					assertThat(single(sql, "select has_database_privilege('" + service + "', '" + other + "', 'CONNECT')"))
						.isEqualTo(String.valueOf(service.equals(other)).substring(0, 1));
				}
			}
		}
		for (String service : List.of("intake", "citizen", "notification")) {
			try (Connection db = postgres(service); Statement sql = db.createStatement()) {
				assertThat(single(sql, "select count(*) from flyway_schema_history where success")).isNotEqualTo("0");
			}
		}
	}

	@Test
	@Order(5)
	void keepsItsDatabaseDurableAgainstAPowerCut() throws Exception {
		try (Connection admin = postgres("postgres"); Statement sql = admin.createStatement()) {
			assertThat(single(sql, "show fsync")).isEqualTo("on");
			assertThat(single(sql, "show synchronous_commit")).isEqualTo("on");
			assertThat(single(sql, "show full_page_writes")).isEqualTo("on");
		}
	}

	/**
	 * Also the restart on the same data: the kill tests that follow run on this second start, which maps the CDS
	 * archives the first one wrote when it stopped (a training run's restarts are slower).
	 */
	@Test
	@Order(6)
	void stopsEveryProcessOnSigtermWithinTheBoundAndKeepsTheDataForTheNextStart() throws Exception {
		String marker = UUID.randomUUID().toString();
		try (Connection citizen = postgres("citizen"); Statement sql = citizen.createStatement()) {
			sql.execute("insert into outbox_event (id, aggregate_type, aggregate_id, event_type, payload) values ('" + marker
					+ "', 'Test', 'e2e', 'Marker', '{}')");
		}
		Map<String, Long> running = pids();
		Instant terminated = Instant.now();

		assertThat(launcher.terminate(STOP_BOUND)).as("exit code after SIGTERM").isIn(0, 143);

		assertAllGone(running.values(), terminated);
		assertThat(launcher.output()).anyMatch(line -> line.contains("stop phase gateway: "))
			.anyMatch(line -> line.contains("stop phase services: "))
			.anyMatch(line -> line.contains("stop phase PostgreSQL: "))
			.anyMatch(line -> line.contains("stop took "));
		assertThatThrownBy(() -> postgres("postgres").close()).isInstanceOf(SQLException.class);

		launcher = LauncherProcess.start(home(), environment);
		gateway = launcher.awaitReady(STARTUP);
		try (Connection citizen = postgres("citizen"); Statement sql = citizen.createStatement()) {
			assertThat(single(sql, "select count(*) from outbox_event where id = '" + marker + "'")).isEqualTo("1");
		}
		assertThat(get("/api/v1/intake/calendar/2026")).satisfies(ok("2026-02-14"));
	}

	@Test
	@Order(7)
	void answersServiceUnavailableWithinTheTimeoutWhenAServiceDiesThenStartsItAgain() throws Exception {
		Map<String, Long> before = pids();
		ProcessHandle intake = ProcessHandle.of(before.get("intake-service")).orElseThrow();
		Instant killed = Instant.now();
		intake.destroyForcibly();
		intake.onExit().get();

		for (HttpRequest.Builder request : List.of(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/calendar/2026")).GET(),
				HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/dossiers"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{}")))) {
			Instant start = Instant.now();
			HttpResponse<String> response = send(request);
			assertThat(Duration.between(start, Instant.now())).isLessThan(GATEWAY_TIMEOUT);
			assertThat(response).satisfies(problem(503));
			assertThat(response.body()).contains("urn:onestop:problem:service-unavailable");
		}
		assertThat(get("/api/v1/notifications/sms/preview")).satisfies(problem(405));

		assertBackAndServingAlone("intake-service", before, killed);
	}

	@Test
	@Order(8)
	void startsAgainWhateverIsKilledAndNothingElse() throws Exception {
		for (String victim : List.of("gateway", "citizen-service", "notification-service", POSTGRES)) {
			Map<String, Long> before = pids();
			ProcessHandle process = ProcessHandle.of(before.get(victim)).orElseThrow();
			Instant killed = Instant.now();
			process.destroyForcibly();
			process.onExit().get();

			assertBackAndServingAlone(victim, before, killed);
		}
		assertThat(launcher.output()).anyMatch(line -> line.contains("gateway exited with 137"))
			.anyMatch(line -> line.contains("citizen-service exited with 137"))
			.anyMatch(line -> line.contains("notification-service exited with 137"))
			.anyMatch(line -> line.contains(POSTGRES + " exited"))
			.anyMatch(line -> line.contains("started " + POSTGRES + " again"));
	}

	/**
	 * Within a minute of the kill: a filing, a dossier, a ward and the dossier's messages answer through the gateway
	 * (each service and its database), the victim runs under a new pid and every other process under its old one.
	 */
	private static void assertBackAndServingAlone(String victim, Map<String, Long> before, Instant killed) {
		Duration left = BACK_WITHIN.minus(Duration.between(killed, Instant.now()));
		LauncherProcess.poll(left, () -> serving() ? Optional.of(true) : Optional.empty(),
				"every service to serve through the gateway again after " + victim + " was killed");
		Map<String, Long> after = pids();
		assertThat(after.get(victim)).as("%s started again", victim).isNotEqualTo(before.get(victim));
		for (Map.Entry<String, Long> other : before.entrySet()) {
			if (!other.getKey().equals(victim)) {
				assertThat(after.get(other.getKey())).as("%s not restarted when %s was killed", other.getKey(), victim)
					.isEqualTo(other.getValue());
				assertThat(ProcessHandle.of(other.getValue()).filter(ProcessHandle::isAlive)).as(other.getKey()).isPresent();
			}
		}
	}

	private static boolean serving() {
		try {
			HttpResponse<String> filed = send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/intake/dossiers"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"procedureCode":"HT-XAC-NHAN-HON-NHAN","wardCode":"20242","channel":"IN_PERSON",
						 "submitter":{"fullName":"Trần Văn Bình","idNumber":"048090000456","dateOfBirth":"1990-03-02",
						   "phone":"0912000456","address":{"line":"3 Bạch Đằng","wardCode":"20242"}},
						 "documents":[{"key":"to-khai","originals":1}],"sets":1}""")));
			if (filed.statusCode() != 201) {
				return false;
			}
			String code = field(filed.body(), "code");
			return get("/api/v1/intake/dossiers/" + code).statusCode() == 200
					&& get("/api/v1/wards/20242?on=2025-07-01").statusCode() == 200
					&& get("/api/v1/notifications/messages?dossier=" + code).statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The pid of each application's latest start and PostgreSQL's postmaster. */
	private static Map<String, Long> pids() {
		Map<String, Long> pids = new HashMap<>();
		for (String module : List.of("intake-service", "citizen-service", "notification-service", "gateway")) {
			pids.put(module, launcher.pidOf(module));
		}
		pids.put(POSTGRES, postmaster());
		return pids;
	}

	private static long postmaster() {
		try {
			return Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).trim());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	@Order(9)
	void stopsEveryProcessOnCtrlCWithinTheBoundEvenWhileARestartIsPending() throws Exception {
		Map<String, Long> running = pids();
		ProcessHandle.of(running.get("gateway")).orElseThrow().destroyForcibly();
		LauncherProcess.poll(BACK_WITHIN,
				() -> launcher.output().stream().filter(line -> line.contains("gateway exited with 137 (pid " + running.get("gateway"))).findFirst(),
				"the launcher to schedule the gateway's restart");
		Instant interrupted = Instant.now();

		assertThat(launcher.interrupt(STOP_BOUND)).as("exit code after Ctrl-C").isIn(0, 130);

		assertAllGone(running.values(), interrupted);
		assertAllGone(List.of(launcher.pidOf("gateway")), interrupted); // started again before the stop, if it was
	}

	/** Every process gone within the documented bound of the stop signal. */
	private static void assertAllGone(java.util.Collection<Long> pids, Instant signalled) {
		for (long pid : pids) {
			LauncherProcess.poll(STOP_BOUND.minus(Duration.between(signalled, Instant.now())),
					() -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty() ? Optional.of(true) : Optional.empty(),
					"process " + pid + " to be gone");
		}
	}

	@Test
	@Order(10)
	void stopsWhatItHasStartedWhenTerminatedBeforeItIsReady() throws Exception {
		launcher = LauncherProcess.start(home(), environment);
		LauncherProcess.poll(STARTUP, () -> launcher.output().stream().filter(line -> line.contains("started gateway")).findFirst(),
				"the launcher to start the gateway");
		assertThat(launcher.output()).noneMatch(line -> line.contains("platform ready"));
		List<Long> started = new java.util.ArrayList<>(launcher.applicationPids());
		started.add(postmaster());
		Instant terminated = Instant.now();

		// before the fix the launcher exited at once and left its applications running until their parent watchers
		// noticed; now it stops them (and PostgreSQL) before it exits
		assertThat(launcher.terminate(STOP_BOUND)).as("exit code after SIGTERM during start-up").isIn(0, 143);

		assertAllGone(started, terminated);
	}

	static Path home() {
		return Path.of(System.getProperty("platform.home", "..")).toAbsolutePath().normalize();
	}

	private static String body(String path) {
		try {
			return get(path).body();
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private static String field(String json, String name) {
		java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
		assertThat(value.find()).as("%s in %s", name, json).isTrue();
		return value.group(1);
	}

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(gateway + path)).GET());
	}

	/** Sends as the demo ward's officer unless the request names another token (or "none"). */
	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
		if (built.headers().firstValue("Authorization").isEmpty()) {
			built = HttpRequest.newBuilder(built, (name, value) -> true)
				.header("Authorization", "Bearer " + token("OFFICER_TOKEN"))
				.build();
		}
		return http.send(built, HttpResponse.BodyHandlers.ofString());
	}

	/** A demo token from the file the run command wrote. */
	static String token(String name) {
		try {
			return Files.readAllLines(data.resolve("demo-tokens.env"))
				.stream()
				.filter(line -> line.startsWith("export " + name + "="))
				.map(line -> line.substring(("export " + name + "=").length()))
				.findFirst()
				.orElseThrow(() -> new AssertionError(name + " is not in " + data.resolve("demo-tokens.env")));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static java.util.function.Consumer<HttpResponse<String>> ok(String... fragments) {
		return response -> {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains(fragments);
		};
	}

	private static java.util.function.Consumer<HttpResponse<String>> problem(Integer... statuses) {
		return response -> {
			assertThat(response.statusCode()).as(response.body()).isIn((Object[]) statuses);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"requestId\"").doesNotContain("Exception");
		};
	}

	private static Optional<String> logLine(String module, String marker) {
		try {
			return Files.readAllLines(data.resolve("logs").resolve(module + ".log")).stream().filter(l -> l.contains(marker)).findFirst();
		}
		catch (IOException notYet) {
			return Optional.empty();
		}
	}

	private static Connection postgres(String database) throws SQLException {
		return DriverManager.getConnection(
				"jdbc:postgresql://localhost:" + environment.get("POSTGRES_PORT") + "/" + database + "?user=postgres");
	}

	private static String single(Statement sql, String query) throws SQLException {
		try (ResultSet rows = sql.executeQuery(query)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
