package vn.onestop.citizen.records;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.onestop.citizen.records.SearchWorkload.Outcome;
import vn.onestop.citizen.records.SearchWorkload.Query;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Name search at scale, through the real HTTP endpoint and the real schema, in a database of its own. Skipped unless
 * asked for: {@code -Dcitizen.search.benchmark.rows=5000} is a smoke run (a few dozen queries, correctness only, about
 * half a minute); the documented benchmark (docs/benchmarks/citizen-search.md) loads a million:
 * {@code mvn -o -B -pl citizen-service test -Dtest=CitizenSearchBenchmarkTest -Dcitizen.search.benchmark.rows=1000000}.
 * With {@code -Dcitizen.search.benchmark.data-dir=/some/dir} the loaded database survives for the next run. The
 * PostgreSQL server is the benchmark's own ({@link BenchmarkPostgres}), sized for the data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.db.name=" + BenchmarkPostgres.DATABASE,
				"platform.db.url=${citizen.search.benchmark.db-url:}", "platform.db.username=" + BenchmarkPostgres.DATABASE,
				"platform.db.password=${citizen.search.benchmark.db-password:}", "platform.outbox.relay.enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "citizen.search.benchmark.rows", matches = "[0-9]+",
		disabledReason = "a benchmark: -Dcitizen.search.benchmark.rows=5000 for a smoke run, 1000000 for the documented one")
class CitizenSearchBenchmarkTest {

	private static final int ROWS = Integer.getInteger("citizen.search.benchmark.rows", 0);

	private static final boolean FULL = ROWS >= 100_000;

	private static final int QUERIES = Integer.getInteger("citizen.search.benchmark.queries", FULL ? 2_000 : 60);

	private static final int WARM_UP = Integer.getInteger("citizen.search.benchmark.warm-up", FULL ? 400 : 20);

	private static final int CONCURRENCY = Integer.getInteger("citizen.search.benchmark.concurrency", 8);

	private static final int EXPLAINED = Integer.getInteger("citizen.search.benchmark.explained", FULL ? 1_000 : 30);

	private static final long SEED = 20250701L;

	static {
		if (ROWS > 0) {
			BenchmarkPostgres.start();
		}
	}

	/** Look-alikes of the name typed with scrambled tone marks, all in the first ward. */
	private static final List<String> LOOK_ALIKES = List.of("Nguyễn Văn Dũng", "Nguyễn Văn Dùng", "Nguyễn Văn Dụng",
			"Nguyễn Văn Dung", "Nguyễn Văn Đũng", "Nguyên Văn Dũng", "Nguyễn Vân Dũng");

	private static final String COPY = "copy citizen (id, id_number, legacy_id_number, full_name, search_key, mark_key,"
			+ " date_of_birth, gender, ward_code, notification_channel, consent, active, version, created_at, created_by,"
			+ " updated_at, updated_by) from stdin";

	@LocalServerPort
	private int port;

	@Autowired
	private Environment environment;

	@Autowired
	private WebClient.Builder webClients;

	@Autowired
	private SearchingCitizens searching;

	private WebClient client;

	private final List<SyntheticCitizens.Person> targets = new ArrayList<>();

	private String firstWard;

	private final Map<String, String> officers = new ConcurrentHashMap<>();

	@BeforeAll
	void load() throws SQLException, IOException {
		this.client = this.webClients.baseUrl("http://localhost:" + this.port).build();
		try (Connection db = DriverManager.getConnection(this.environment.getProperty("spring.flyway.url"),
				this.environment.getProperty("spring.flyway.user"), this.environment.getProperty("spring.flyway.password"));
				Statement sql = db.createStatement()) {
			List<SyntheticCitizens.Ward> wards = wardsInForce(sql);
			this.firstWard = wards.get(0).code();
			long loaded = count(sql, "select count(*) from citizen where created_by = 'benchmark'");
			boolean copy = loaded == 0;
			if (!copy && loaded != ROWS) {
				throw new IllegalStateException(loaded + " benchmark citizens in the database, " + ROWS + " asked for");
			}
			long started = System.nanoTime();
			List<String> indexes = copy ? dropSecondaryIndexes(sql) : List.of();
			CopyIn in = copy ? db.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY) : null;
			SyntheticCitizens citizens = new SyntheticCitizens(SEED, wards);
			StringBuilder rows = new StringBuilder(1 << 20);
			int sampleEvery = Math.max(1, ROWS / 20_000);
			for (int i = 0; i < ROWS; i++) {
				SyntheticCitizens.Person person = citizens.next();
				if (i < LOOK_ALIKES.size()) {
					person = new SyntheticCitizens.Person(LOOK_ALIKES.get(i), person.dateOfBirth(), person.gender(),
							person.idNumber(), this.firstWard);
				}
				else if (i % sampleEvery == 0) {
					this.targets.add(person);
				}
				if (copy) {
					row(rows, person);
					if (rows.length() > (1 << 20) - 1024 || i == ROWS - 1) {
						byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
						in.writeToCopy(bytes, 0, bytes.length);
						rows.setLength(0);
					}
				}
			}
			if (copy) {
				in.endCopy();
				long copied = System.nanoTime();
				sql.execute("set maintenance_work_mem = '512MB'");
				for (String index : indexes) {
					sql.execute(index);
				}
				sql.execute("vacuum analyze citizen");
				sql.execute("vacuum analyze citizen_name");
				sql.execute("vacuum analyze citizen_name_word");
				sql.execute("vacuum analyze citizen_word");
				report("Loaded %,d citizens in %.1f s (COPY %.1f s, indexes and analyze %.1f s)%n", ROWS,
						seconds(System.nanoTime() - started), seconds(copied - started), seconds(System.nanoTime() - copied));
			}
			long warming = System.nanoTime();
			long pages = count(sql, "select sum(pg_prewarm(c.oid)) from pg_class c"
					+ " where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'i')");
			report("Prewarmed %,d pages (%,d MB) in %.1f s%n", pages, pages / 128, seconds(System.nanoTime() - warming));
		}
	}

	@Test
	void scrambledToneMarksFindTheNameInTheTopThreeAmongAllCitizens() {
		assertThat(names(search("Ngùỳễn Văn Đũng", List.of(this.firstWard), 3))).contains("Nguyễn Văn Dũng");
		assertThat(names(search("Ngùỳễn Văn Đũng", List.of(), 3))).contains("Nguyễn Văn Dũng");
		assertThat(names(search("Ngũỵễn Văn Đũng", List.of(), 3))).contains("Nguyễn Văn Dũng");
		CitizenSearchPage foreign = search("Ngùỳễn Văn Đũng", List.of(), 0, 3, TestTokens.officer("99999"))
			.block(Duration.ofSeconds(30));
		assertThat(names(foreign)).as("another ward's officer finds none of them").isEmpty();
	}

	@Test
	void aRealisticMixOfSearchesFindsWhatItShould() throws IOException {
		SearchWorkload workload = new SearchWorkload(new Random(SEED), this.targets);
		run(workload.queries(WARM_UP));
		statementTimes("select pg_stat_statements_reset()");
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		double loadBefore = os.getSystemLoadAverage();
		long cpuBefore = os.getProcessCpuTime();
		long started = System.nanoTime();
		List<Outcome> outcomes = run(workload.queries(QUERIES));
		double wall = seconds(System.nanoTime() - started);
		double cpuPerQuery = (os.getProcessCpuTime() - cpuBefore) / 1e6 / QUERIES;
		String table = SearchWorkload.table(outcomes);
		report("%,d citizens, %,d queries at concurrency %d in %.1f s: %.0f queries/s; load average %.1f before, %.1f after;"
				+ " this JVM (service and client) used %.1f ms of CPU per query%n%s", ROWS, QUERIES, CONCURRENCY, wall,
				QUERIES / wall, loadBefore, os.getSystemLoadAverage(), cpuPerQuery, table);
		outcomes.stream().filter(o -> !o.found()).limit(20).forEach(o -> System.out.println("Not found: " + o));
		statementTimes("select calls, mean_exec_time, mean_plan_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110)"
				+ " from pg_stat_statements where calls >= 10 order by total_exec_time desc limit 12");
		assertThat(outcomes).filteredOn(o -> !o.found())
			.filteredOn(o -> o.query().kind().mustFind())
			.as("searches that must find their citizen in the top three")
			.isEmpty();
	}

	/**
	 * The database's share, less sensitive to the machine's load than the times over HTTP: the same mix of searches,
	 * one at a time, each run as {@code explain (analyze, timing off)} of the very statement the service sends.
	 */
	@Test
	void theDatabaseTimeOfEachSearchAlone() throws IOException {
		List<Query> queries = new SearchWorkload(new Random(SEED + 1), this.targets).queries(EXPLAINED);
		Map<String, List<double[]>> times = new TreeMap<>();
		for (Query query : queries) {
			CitizenSearchQuery search = CitizenSearchQuery.parse(query.name(), query.wards(), query.page(), SearchWorkload.PAGE_SIZE);
			String sql = NameMatchStatements.search(!search.wards().isEmpty(), search.words().size() == 1);
			double[] planAndRun = this.searching.statement("explain (analyze, timing off) " + sql, search, search.offset(),
					search.size() + 1)
				.map(row -> row.get(0, String.class)).all()
				.filter(line -> line.startsWith("Planning Time") || line.startsWith("Execution Time"))
				.map(line -> Double.parseDouble(line.replaceAll("[^0-9.]", ""))).collectList()
				.map(list -> new double[] { list.get(0), list.get(1) }).block(Duration.ofSeconds(30));
			times.computeIfAbsent(SearchWorkload.group(query), k -> new ArrayList<>()).add(planAndRun);
			times.computeIfAbsent("99 **overall**", k -> new ArrayList<>()).add(planAndRun);
		}
		StringBuilder table = new StringBuilder(String.format("%,d searches one at a time, in the database (ms):%n"
				+ "| query kind | n | execution p50 | p95 | p99 | planning p50 | p95 |%n|---|---:|---:|---:|---:|---:|---:|%n",
				queries.size()));
		times.forEach((group, list) -> {
			double[] run = list.stream().mapToDouble(t -> t[1]).sorted().toArray();
			double[] plan = list.stream().mapToDouble(t -> t[0]).sorted().toArray();
			table.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", group.substring(3),
					list.size(), SearchWorkload.percentile(run, 50), SearchWorkload.percentile(run, 95),
					SearchWorkload.percentile(run, 99), SearchWorkload.percentile(plan, 50), SearchWorkload.percentile(plan, 95)));
		});
		report("%s", table);
	}

	/**
	 * The floor under every search: the cheapest request of the endpoint (one ward's first 20 citizens by name, one
	 * index scan), through the same client, server and pool, at the same concurrency.
	 */
	@Test
	void theCheapestRequestAtTheSameConcurrency() throws IOException {
		List<String> wards = this.targets.stream().map(SyntheticCitizens.Person::wardCode).distinct().limit(500).toList();
		Flux.range(0, WARM_UP).flatMap(i -> search(null, List.of(wards.get(i % wards.size())), 0, 20, officerOf(List.of(wards.get(i % wards.size())))), CONCURRENCY)
			.blockLast(Duration.ofMinutes(10));
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuBefore = os.getProcessCpuTime();
		long started = System.nanoTime();
		long[] nanos = Flux.range(0, QUERIES).flatMap(i -> Mono.defer(() -> {
			long start = System.nanoTime();
			return search(null, List.of(wards.get(i % wards.size())), 0, 20, officerOf(List.of(wards.get(i % wards.size())))).map(page -> System.nanoTime() - start);
		}), CONCURRENCY).collectList().block(Duration.ofMinutes(10)).stream().mapToLong(Long::longValue).sorted().toArray();
		double wall = seconds(System.nanoTime() - started);
		report("Floor: %,d ward listings at concurrency %d in %.1f s: %.0f queries/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms;"
				+ " this JVM used %.1f ms of CPU per request; load average %.1f%n", QUERIES, CONCURRENCY, wall, QUERIES / wall,
				nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
				(os.getProcessCpuTime() - cpuBefore) / 1e6 / QUERIES, os.getSystemLoadAverage());
	}

	/** With pg_stat_statements loaded: resets or reports each statement's calls, mean execution and planning time. */
	private void statementTimes(String query) throws IOException {
		try (Connection db = DriverManager.getConnection(this.environment.getProperty("spring.flyway.url"),
				this.environment.getProperty("spring.flyway.user"), this.environment.getProperty("spring.flyway.password"));
				Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
			if (rows.getMetaData().getColumnCount() < 4) {
				return;
			}
			StringBuilder table = new StringBuilder("| calls | exec ms | plan ms | statement |\n|---:|---:|---:|---|\n");
			while (rows.next()) {
				table.append(String.format(java.util.Locale.ROOT, "| %d | %.2f | %.2f | `%s` |%n", rows.getLong(1),
						rows.getDouble(2), rows.getDouble(3), rows.getString(4)));
			}
			report("%s", table);
		}
		catch (SQLException ex) {
			System.out.println("No statement times (load pg_stat_statements to get them): " + ex.getMessage());
		}
	}

	private List<Outcome> run(List<Query> queries) {
		return Flux.fromIterable(queries)
			.flatMap(query -> Mono.defer(() -> {
				long start = System.nanoTime();
				return search(query.name(), query.wards(), query.page(), SearchWorkload.PAGE_SIZE,
						officerOf(query.wards().isEmpty() ? List.of(query.target().wardCode()) : query.wards()))
					.map(page -> new Outcome(query, System.nanoTime() - start, query.check(page), names(page)
						.subList(0, Math.min(3, page.items().size()))));
			}), CONCURRENCY)
			.collectList()
			.block(Duration.ofMinutes(30));
	}

	private CitizenSearchPage search(String name, List<String> wards, int size) {
		return search(name, wards, 0, size, officerOf(List.of(this.firstWard))).block(Duration.ofSeconds(30));
	}

	/**
	 * A search covers the caller's wards only (issue #6), so each query is made by an officer of the wards it names,
	 * as a real one would be; a query naming no ward is made by an officer of the searched citizen's ward and so
	 * covers that ward: searching every ward at once no longer exists for anyone.
	 */
	private Mono<CitizenSearchPage> search(String name, List<String> wards, int page, int size, String officer) {
		return this.client.get()
			.uri(b -> b.path("/citizens/search").queryParam("name", "{name}").queryParam("page", page)
				.queryParam("size", size).queryParam("ward", wards.toArray()).build(name))
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(officer))
			.retrieve()
			.bodyToMono(CitizenSearchPage.class);
	}

	private String officerOf(List<String> wards) {
		List<String> distinct = wards.stream().distinct().sorted().toList();
		return this.officers.computeIfAbsent(String.join(",", distinct), key -> TestTokens.officer(distinct.toArray(String[]::new)));
	}

	private static List<String> names(CitizenSearchPage page) {
		return page.items().stream().map(CitizenSearchPage.Hit::fullName).toList();
	}

	private static void row(StringBuilder rows, SyntheticCitizens.Person p) {
		rows.append(java.util.UUID.randomUUID()).append('\t').append(p.idNumber()).append("\tf\t").append(p.fullName())
			.append('\t').append(NameSearchKeys.searchKey(p.fullName())).append('\t').append(NameSearchKeys.markKey(p.fullName()))
			.append('\t').append(p.dateOfBirth()).append('\t').append(p.gender()).append('\t').append(p.wardCode())
			.append("\tNONE\tf\tt\t1\t2025-07-01 08:00:00+07\tbenchmark\t2025-07-01 08:00:00+07\tbenchmark\n");
	}

	private static List<SyntheticCitizens.Ward> wardsInForce(Statement sql) throws SQLException {
		List<SyntheticCitizens.Ward> wards = new ArrayList<>();
		try (ResultSet rows = sql.executeQuery("select code, province_code from admin_unit where effective_from <= current_date"
				+ " and (effective_to is null or effective_to >= current_date) order by code")) {
			while (rows.next()) {
				wards.add(new SyntheticCitizens.Ward(rows.getString(1), rows.getString(2)));
			}
		}
		return wards;
	}

	/** Bulk loading builds indexes once at the end, far faster than maintaining them row by row. */
	private static List<String> dropSecondaryIndexes(Statement sql) throws SQLException {
		List<String> definitions = new ArrayList<>();
		try (ResultSet rows = sql.executeQuery("select indexdef from pg_indexes where tablename = 'citizen' and indexname"
				+ " not in (select conname from pg_constraint where conrelid = 'citizen'::regclass)")) {
			while (rows.next()) {
				definitions.add(rows.getString(1));
			}
		}
		for (String definition : definitions) {
			sql.execute("drop index " + definition.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2"));
		}
		return definitions;
	}

	private static long count(Statement sql, String query) throws SQLException {
		try (ResultSet rows = sql.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static void report(String format, Object... args) throws IOException {
		String text = String.format(format, args);
		System.out.print(text);
		Path file = Path.of("target", "citizen-search-benchmark.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
	}

}
