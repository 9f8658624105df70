package vn.onestop.faults;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault suite's load (bench/faults.sh): files dossiers through the gateway at a steady rate, each with an
 * Idempotency-Key of its own and a submitter of its own, and retries each filing with the same key and body until it
 * is answered 201 or its time runs out (then it is given up). At most {@code maxInFlight} requests are open at once;
 * when they all are, the next filing waits, so the load stays bounded while the platform is down.
 * <p>
 * It runs until the file {@code <directory>/stop} appears, finishes (or gives up) the filings it has started, and
 * writes {@code filings.tsv} (one line per key), {@code attempts.tsv} (one line per request: when it was sent and
 * answered, and how) and {@code summary.txt}. JDK only: bench/faults.sh compiles it with javac, no build needed.
 * <p>
 * Settings (environment): FAULTS_GATEWAY, FAULTS_TOKENS (the launcher's demo-tokens.env), FAULTS_WARDS (comma
 * separated), FAULTS_RATE (filings a second), FAULTS_MAX_IN_FLIGHT, FAULTS_GIVE_UP_SECONDS, FAULTS_RUN (a tag
 * that keeps keys and ID numbers of one run apart from another's), FAULTS_OUT (the directory).
 */
public final class FilingLoad {

	private static final String BODY = """
			{"procedureCode":"HT-XAC-NHAN-HON-NHAN","wardCode":"%s","channel":"IN_PERSON",
			"submitter":{"fullName":"Nguyễn Thị Lan","idNumber":"%s","dateOfBirth":"1990-05-20",
			"phone":"%s","email":"lan.%s@example.vn","address":{"line":"12 Lê Lợi","wardCode":"%s"}},
			"documents":[{"key":"to-khai","originals":1}],"sets":1}""";

	private final Settings settings;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

	private final Semaphore inFlight;

	private final ConcurrentLinkedQueue<Filing> done = new ConcurrentLinkedQueue<>();

	private final ConcurrentLinkedQueue<String> attempts = new ConcurrentLinkedQueue<>();

	private final AtomicLong open = new AtomicLong();

	FilingLoad(Settings settings) {
		this.settings = settings;
		this.inFlight = new Semaphore(settings.maxInFlight());
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.from(System.getenv());
		Summary summary = new FilingLoad(settings).run(settings.out().resolve("stop"));
		System.out.println(summary.line());
	}

	/** Files until the stop file appears, then waits for the open filings; writes and returns the summary. */
	Summary run(Path stopFile) throws Exception {
		long period = Math.max(1, Math.round(1_000_000_000.0 / this.settings.rate()));
		long next = System.nanoTime();
		int n = 0;
		while (!Files.exists(stopFile)) {
			long wait = next - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			next += period;
			n++;
			String ward = this.settings.wards().get(n % this.settings.wards().size());
			this.open.incrementAndGet();
			attempt(new Filing(n, this.settings.run() + "-" + n, ward, idNumber(n), System.currentTimeMillis()));
		}
		while (this.open.get() > 0) {
			TimeUnit.MILLISECONDS.sleep(100);
		}
		this.timer.shutdownNow();
		return write();
	}

	private String idNumber(int n) {
		// province 048, a woman born in the 1900s (digit 1), born in 1990, then the run and the filing's number
		return String.format("048190%s%04d", this.settings.run().substring(this.settings.run().length() - 2), n % 10000);
	}

	private void attempt(Filing filing) {
		this.inFlight.acquireUninterruptibly();
		filing.attempts++;
		String body = String.format(BODY, filing.ward, filing.idNumber, "09" + filing.idNumber.substring(4),
				filing.key, filing.ward);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.settings.gateway() + "/api/v1/intake/dossiers"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + this.settings.tokens().get("OFFICER_TOKEN_" + filing.ward))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", filing.key)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		long sentAt = System.currentTimeMillis();
		CompletableFuture<HttpResponse<Void>> response = this.client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
		response.whenComplete((answer, error) -> {
			this.inFlight.release();
			int status = answer == null ? 0 : answer.statusCode();
			filing.lastStatus = error == null ? String.valueOf(status) : error.getClass().getSimpleName();
			this.attempts.add(sentAt + "\t" + System.currentTimeMillis() + "\t" + filing.key + "\t" + filing.lastStatus);
			if (status == 201) {
				filing.code = answer.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElse("");
				finish(filing, "FILED");
			}
			else if (status == 400 || status == 404 || status == 422) {
				finish(filing, "REFUSED");
			}
			else if (System.currentTimeMillis() - filing.startedAt >= this.settings.giveUpSeconds() * 1000L) {
				finish(filing, "GIVEN_UP");
			}
			else {
				long backoff = Math.min(5000, 250L << Math.min(filing.attempts - 1, 5));
				this.timer.schedule(() -> attempt(filing), backoff, TimeUnit.MILLISECONDS);
			}
		});
	}

	private void finish(Filing filing, String outcome) {
		filing.outcome = outcome;
		filing.doneAt = System.currentTimeMillis();
		this.done.add(filing);
		this.open.decrementAndGet();
	}

	private Summary write() throws IOException {
		List<Filing> filings = new ArrayList<>(this.done);
		filings.sort((a, b) -> Integer.compare(a.n, b.n));
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(this.settings.out().resolve("filings.tsv")))) {
			out.println("key\tward\tid_number\tattempts\toutcome\tlast_status\tcode\tstarted_ms\tdone_ms");
			for (Filing f : filings) {
				out.printf("%s\t%s\t%s\t%d\t%s\t%s\t%s\t%d\t%d%n", f.key, f.ward, f.idNumber, f.attempts, f.outcome,
						f.lastStatus, f.code == null ? "" : f.code, f.startedAt, f.doneAt);
			}
		}
		List<String> attempted = new ArrayList<>(this.attempts);
		attempted.sort(null);
		attempted.add(0, "sent_ms\tanswered_ms\tkey\tstatus");
		Files.write(this.settings.out().resolve("attempts.tsv"), attempted);
		Summary summary = Summary.of(filings);
		Files.writeString(this.settings.out().resolve("summary.txt"), summary.line() + "\n");
		return summary;
	}

	static final class Filing {

		final int n;

		final String key;

		final String ward;

		final String idNumber;

		final long startedAt;

		int attempts;

		String lastStatus = "";

		String outcome;

		String code;

		long doneAt;

		Filing(int n, String key, String ward, String idNumber, long startedAt) {
			this.n = n;
			this.key = key;
			this.ward = ward;
			this.idNumber = idNumber;
			this.startedAt = startedAt;
		}

	}

	record Summary(long attempted, long filed, long givenUp, long refused, long retries) {

		static Summary of(List<Filing> filings) {
			long filed = filings.stream().filter(f -> "FILED".equals(f.outcome)).count();
			long givenUp = filings.stream().filter(f -> "GIVEN_UP".equals(f.outcome)).count();
			long refused = filings.stream().filter(f -> "REFUSED".equals(f.outcome)).count();
			long retries = filings.stream().mapToLong(f -> f.attempts - 1).sum();
			return new Summary(filings.size(), filed, givenUp, refused, retries);
		}

		String line() {
			return "attempted=" + attempted + " filed=" + filed + " given_up=" + givenUp + " refused=" + refused
					+ " retries=" + retries;
		}

	}

	record Settings(String gateway, Map<String, String> tokens, List<String> wards, double rate, int maxInFlight,
			int giveUpSeconds, String run, Path out) {

		static Settings from(Map<String, String> env) throws IOException {
			Map<String, String> tokens = new HashMap<>();
			for (String line : Files.readAllLines(Path.of(env.get("FAULTS_TOKENS")))) {
				if (line.startsWith("export ") && line.contains("=")) {
					tokens.put(line.substring(7, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
				}
			}
			String run = env.getOrDefault("FAULTS_RUN", "00");
			if (!run.matches(".*\\d\\d")) {
				throw new IllegalArgumentException("FAULTS_RUN must end in two digits: " + run);
			}
			return new Settings(env.get("FAULTS_GATEWAY"), tokens, List.of(env.get("FAULTS_WARDS").split(",")),
					Double.parseDouble(env.getOrDefault("FAULTS_RATE", "5")),
					Integer.parseInt(env.getOrDefault("FAULTS_MAX_IN_FLIGHT", "16")),
					Integer.parseInt(env.getOrDefault("FAULTS_GIVE_UP_SECONDS", "300")), run,
					Path.of(env.get("FAULTS_OUT")));
		}

	}

}
