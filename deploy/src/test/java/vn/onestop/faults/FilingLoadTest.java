package vn.onestop.faults;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault suite's load against a stub gateway: each filing is retried with its own key and body. */
class FilingLoadTest {

	@TempDir
	Path dir;

	private HttpServer gateway;

	private final Map<String, List<String>> bodiesByKey = new ConcurrentHashMap<>();

	@AfterEach
	void stop() {
		this.gateway.stop(0);
	}

	@Test
	void retriesEachFilingWithItsKeyAndBodyUntilItIsFiled() throws Exception {
		Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
		FilingLoad.Summary summary = run(0.5, 60, (key, n) -> tries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() < 3 ? 503 : 201);

		assertThat(summary.attempted()).isPositive();
		assertThat(summary.filed()).isEqualTo(summary.attempted());
		assertThat(summary.retries()).isEqualTo(2 * summary.attempted());
		assertThat(this.bodiesByKey).hasSize((int) summary.attempted());
		this.bodiesByKey.values().forEach(bodies -> assertThat(bodies).hasSize(3).containsOnly(bodies.get(0)));
		List<String> lines = Files.readAllLines(this.dir.resolve("filings.tsv"));
		assertThat(lines.get(1).split("\t")).satisfies(row -> {
			assertThat(row[3]).isEqualTo("3");
			assertThat(row[4]).isEqualTo("FILED");
			assertThat(row[6]).isEqualTo("00001-261207-0001");
		});
		assertThat(Files.readAllLines(this.dir.resolve("attempts.tsv"))).hasSize(1 + 3 * (int) summary.attempted())
			.filteredOn(line -> line.endsWith("\t503")).hasSize(2 * (int) summary.attempted());
		assertThat(Files.readString(this.dir.resolve("summary.txt"))).startsWith("attempted=" + summary.attempted() + " filed=");
	}

	@Test
	void givesUpAFilingWhoseTimeRanOutAndStopsAtARefusal() throws Exception {
		FilingLoad.Summary down = run(0.5, 0, (key, n) -> 503);
		assertThat(down.givenUp()).isEqualTo(down.attempted()).isPositive();
		this.gateway.stop(0);
		this.bodiesByKey.clear();
		FilingLoad.Summary refused = run(0.5, 60, (key, n) -> 422);
		assertThat(refused.refused()).isEqualTo(refused.attempted()).isPositive();
		assertThat(refused.retries()).isZero();
	}

	private FilingLoad.Summary run(double seconds, int giveUp, BiFunction<String, Integer, Integer> answer) throws Exception {
		this.gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		this.gateway.createContext("/api/v1/intake/dossiers", exchange -> {
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			this.bodiesByKey.computeIfAbsent(key, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
				.add(new String(exchange.getRequestBody().readAllBytes()));
			int status = answer.apply(key, 0);
			if (status == 201) {
				exchange.getResponseHeaders().set("Location", "/dossiers/00001-261207-000" + key.substring(key.lastIndexOf('-') + 1));
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.gateway.start();
		FilingLoad.Settings settings = new FilingLoad.Settings("http://127.0.0.1:" + this.gateway.getAddress().getPort(),
				Map.of("OFFICER_TOKEN_00001", "t1"), List.of("00001"), 4, 4, giveUp, "t42", this.dir);
		Path stop = this.dir.resolve("stop");
		Files.deleteIfExists(stop);
		// the load runs until the stop file appears: the script's own way of ending it, here after a set time
		ScheduledExecutorService stopper = Executors.newSingleThreadScheduledExecutor();
		try {
			stopper.schedule(() -> Files.createFile(stop), (long) (seconds * 1000), TimeUnit.MILLISECONDS);
			return new FilingLoad(settings).run(stop);
		}
		finally {
			stopper.shutdownNow();
		}
	}

}
