package vn.onestop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The walk-in queue's load (bench/run.sh queue, docs/benchmarks.md "Walk-in queue"), through the gateway:
 * <ul>
 * <li>tickets taken at a steady rate, spread over the wards (each ward's officer takes them on citizens' behalf);</li>
 * <li>at each ward, counters that call the next ticket, start it, keep it {@code QUEUE_SERVE_MS} and finish it with
 * guidance, then call again (when nobody waits, they call again a second later);</li>
 * <li>at each ward, one waiting-room display: it listens to the ward's public event stream and fetches the board at
 * every event, as the display page does. The <em>display lag</em> of a call is the time from the moment the call
 * was sent to the moment the first board fetched after it shows the called number: what a citizen in the room
 * waits for.</li>
 * </ul>
 * It measures for {@code QUEUE_SECONDS} after {@code QUEUE_WARMUP} seconds and writes {@code summary.txt}: one
 * {@code RESULT} line per kind (take, call, start, finish, board, lag) with the count, p50, p99, max (ms) and the
 * errors. JDK only: bench/run.sh compiles it with javac.
 * <p>
 * Settings (environment): QUEUE_GATEWAY, QUEUE_TOKENS (the launcher's demo-tokens.env), QUEUE_WARDS (comma
 * separated, each with an OFFICER_TOKEN_&lt;ward&gt;), QUEUE_TAKE_RATE (tickets a second, all wards together),
 * QUEUE_COUNTERS (per ward), QUEUE_SERVE_MS, QUEUE_SECONDS, QUEUE_WARMUP, QUEUE_MAX_IN_FLIGHT, QUEUE_OUT.
 */
public final class QueueLoad {

	static final String FIELD = "HO_TICH";

	private final Settings settings;

	private final Map<String, String> tokens;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);

	private final Semaphore inFlight;

	private final Latencies latencies = new Latencies();

	private final Map<String, Display> displays = new ConcurrentHashMap<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final AtomicLong skipped = new AtomicLong();

	private volatile boolean measuring;

	QueueLoad(Settings settings, Map<String, String> tokens) {
		this.settings = settings;
		this.tokens = tokens;
		this.inFlight = new Semaphore(settings.maxInFlight());
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.from(System.getenv());
		Map<String, String> tokens = Tokens.read(settings.tokens());
		List<String> lines = new QueueLoad(settings, tokens).run();
		Files.write(settings.out().resolve("summary.txt"), lines);
		lines.forEach(System.out::println);
	}

	List<String> run() throws Exception {
		openToday();
		setUpAll();
		for (String ward : this.settings.wards()) {
			Display display = new Display(ward);
			this.displays.put(ward, display);
			display.listen();
			for (int counter = 1; counter <= this.settings.counters(); counter++) {
				int number = counter;
				this.timer.execute(() -> call(ward, number));
			}
		}
		this.timer.schedule(() -> this.measuring = true, this.settings.warmup(), TimeUnit.SECONDS);
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(this.settings.warmup() + this.settings.seconds());
		long period = Math.max(1, Math.round(1_000_000_000.0 / this.settings.takeRate()));
		long next = System.nanoTime();
		long n = 0;
		while (next < end) {
			long wait = next - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			next += period;
			String ward = this.settings.wards().get((int) (n++ % this.settings.wards().size()));
			take(ward);
		}
		this.measuring = false;
		this.running.set(false);
		this.timer.shutdownNow();
		List<String> lines = new ArrayList<>(this.latencies.results());
		lines.add(String.format("RESULT kind=client-saturated count=%d", this.skipped.get()));
		return lines;
	}

	private void openToday() throws IOException, InterruptedException {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		String path = "/calendar/" + today.getYear();
		HttpResponse<String> year = this.client.send(request(path, null).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String replacement = year.statusCode() == 200 ? OpeningToday.replacement(year.body(), today) : null;
		if (replacement != null) {
			HttpResponse<String> replaced = this.client.send(request(path, "ADMIN_TOKEN")
				.PUT(HttpRequest.BodyPublishers.ofString(replacement, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (replaced.statusCode() != 200) {
				throw new IllegalStateException("opening " + today + ": " + replaced.statusCode() + " " + replaced.body());
			}
		}
	}

	/** Every ward's set-up, 32 at a time: the national morning has 3,321. */
	private void setUpAll() throws InterruptedException {
		Semaphore open = new Semaphore(32);
		List<CompletableFuture<HttpResponse<String>>> puts = new ArrayList<>();
		for (String ward : this.settings.wards()) {
			open.acquire();
			puts.add(setUp(ward).whenComplete((answer, error) -> open.release()));
		}
		for (int i = 0; i < puts.size(); i++) {
			HttpResponse<String> answer = puts.get(i).join();
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("setting up ward " + this.settings.wards().get(i) + ": "
						+ answer.statusCode() + " " + answer.body());
			}
		}
	}

	private CompletableFuture<HttpResponse<String>> setUp(String ward) {
		List<String> counters = new ArrayList<>();
		for (int counter = 1; counter <= this.settings.counters(); counter++) {
			counters.add("{\"number\":" + counter + ",\"fields\":[\"" + FIELD + "\"]}");
		}
		String body = "{\"centerName\":\"Trung tâm phường " + ward + "\",\"fields\":[{\"code\":\"" + FIELD
				+ "\",\"name\":\"Hộ tịch\",\"prefix\":\"A\",\"dailyCap\":999}],\"counters\":["
				+ String.join(",", counters) + "]}";
		return this.client.sendAsync(request("/queue/" + ward + "/setup", "ADMIN_TOKEN")
			.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void take(String ward) {
		if (!this.inFlight.tryAcquire()) {
			this.skipped.incrementAndGet();
			return;
		}
		send("take", request("/queue/" + ward + "/tickets", "OFFICER_TOKEN_" + ward)
			.POST(HttpRequest.BodyPublishers.ofString("{\"field\":\"" + FIELD + "\"}", StandardCharsets.UTF_8)),
				201)
			.whenComplete((answer, error) -> this.inFlight.release());
	}

	private void call(String ward, int counter) {
		if (!this.running.get()) {
			return;
		}
		String token = "OFFICER_TOKEN_" + ward;
		long sentAt = System.nanoTime();
		send("call", request("/queue/" + ward + "/counters/" + counter + "/call", token)
			.POST(HttpRequest.BodyPublishers.noBody()), 200, 204).thenAccept(answer -> {
				if (answer.statusCode() == 409 && answer.body().contains("\"held\"")) {
					// the counter still holds a ticket (an earlier run stopped mid-service): serve it to the end first
					String held = Board.heldOf(answer.body());
					act(ward, counter, held, "start", "{\"counter\":" + counter + "}")
						.thenCompose(started -> act(ward, counter, held, "finish",
								"{\"counter\":" + counter + ",\"outcome\":\"GUIDANCE\"}"))
						.whenComplete((finished, error) -> this.timer.execute(() -> call(ward, counter)));
					return;
				}
				if (answer.statusCode() != 200) {
					this.timer.schedule(() -> call(ward, counter), 1, TimeUnit.SECONDS);
					return;
				}
				String number = Board.numberOf(answer.body());
				this.displays.get(ward).seen(number, sentAt);
				act(ward, counter, number, "start", "{\"counter\":" + counter + "}").thenCompose(started -> {
					CompletableFuture<Void> served = new CompletableFuture<>();
					this.timer.schedule(() -> served.complete(null), this.settings.serveMillis(), TimeUnit.MILLISECONDS);
					return served;
				})
					.thenCompose(served -> act(ward, counter, number, "finish",
							"{\"counter\":" + counter + ",\"outcome\":\"GUIDANCE\"}"))
					.whenComplete((finished, error) -> this.timer.execute(() -> call(ward, counter)));
			}).exceptionally(error -> {
				this.timer.schedule(() -> call(ward, counter), 1, TimeUnit.SECONDS);
				return null;
			});
	}

	private CompletableFuture<HttpResponse<String>> act(String ward, int counter, String number, String action,
			String body) {
		return send(action, request("/queue/" + ward + "/tickets/" + number + "/actions/" + action,
				"OFFICER_TOKEN_" + ward).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), 200);
	}

	private CompletableFuture<HttpResponse<String>> send(String kind, HttpRequest.Builder request, int... expected) {
		long sentAt = System.nanoTime();
		boolean measured = this.measuring;
		return this.client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((answer, error) -> {
			if (!measured || !this.measuring) {
				return;
			}
			int status = answer == null ? 0 : answer.statusCode();
			boolean ok = false;
			for (int code : expected) {
				ok |= code == status;
			}
			this.latencies.record(kind, System.nanoTime() - sentAt, ok ? null : String.valueOf(status));
		});
	}

	private HttpRequest.Builder request(String path, String tokenName) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.settings.gateway() + "/api/v1/intake" + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json");
		if (tokenName != null) {
			String token = this.tokens.get(tokenName);
			if (token == null) {
				throw new IllegalStateException("no " + tokenName + " in " + this.settings.tokens());
			}
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	/**
	 * A ward's waiting-room display: the public event stream, and a board fetch at each event (one at a time; events
	 * that come during a fetch give one more fetch after it, as a page that refetches on change would).
	 */
	private final class Display {

		private final String ward;

		/** Numbers called, not yet shown on a board fetched here: when each call was sent. */
		private final Map<String, Long> pending = new ConcurrentHashMap<>();

		/** Numbers shown on a board before their call's answer came back: when they were first shown. */
		private final Map<String, Long> shown = new ConcurrentHashMap<>();

		private final AtomicBoolean fetching = new AtomicBoolean();

		private final AtomicBoolean again = new AtomicBoolean();

		Display(String ward) {
			this.ward = ward;
		}

		void listen() {
			HttpRequest events = HttpRequest.newBuilder(
					URI.create(QueueLoad.this.settings.gateway() + "/api/v1/intake/queue/" + this.ward + "/events"))
				.header("Accept", "text/event-stream")
				.build();
			QueueLoad.this.client.sendAsync(events, HttpResponse.BodyHandlers.fromLineSubscriber(new EventLines(line -> {
				if (line.startsWith("data:")) {
					fetch();
				}
			}))).whenComplete((answer, error) -> {
				if (QueueLoad.this.running.get()) {
					QueueLoad.this.latencies.record("events", 0, "stream-ended");
					QueueLoad.this.timer.schedule(this::listen, 1, TimeUnit.SECONDS);
				}
			});
		}

		synchronized void seen(String number, long callSentAt) {
			Long shownAt = this.shown.remove(number);
			if (shownAt != null) {
				lag(shownAt - callSentAt);
			}
			else {
				this.pending.put(number, callSentAt);
			}
		}

		synchronized void onBoard(List<String> numbers, long at) {
			for (String number : numbers) {
				Long sentAt = this.pending.remove(number);
				if (sentAt != null) {
					lag(at - sentAt);
				}
				else {
					this.shown.putIfAbsent(number, at);
				}
			}
		}

		private void lag(long nanos) {
			if (QueueLoad.this.measuring) {
				QueueLoad.this.latencies.record("lag", nanos, null);
			}
		}

		void fetch() {
			if (!this.fetching.compareAndSet(false, true)) {
				this.again.set(true);
				return;
			}
			send("board", HttpRequest.newBuilder(URI.create(QueueLoad.this.settings.gateway() + "/api/v1/intake/queue/"
					+ this.ward + "/board")).timeout(Duration.ofSeconds(30)).GET(), 200).whenComplete((answer, error) -> {
						if (answer != null && answer.statusCode() == 200) {
							onBoard(Board.lastCalls(answer.body()), System.nanoTime());
						}
						this.fetching.set(false);
						if (this.again.getAndSet(false)) {
							fetch();
						}
					});
		}

	}

	record Settings(String gateway, Path tokens, List<String> wards, double takeRate, int counters, long serveMillis,
			int seconds, int warmup, int maxInFlight, Path out) {

		static Settings from(Map<String, String> env) {
			return new Settings(env.getOrDefault("QUEUE_GATEWAY", "http://127.0.0.1:8080"),
					Path.of(env.getOrDefault("QUEUE_TOKENS", "data/demo-tokens.env")),
					List.of(env.getOrDefault("QUEUE_WARDS", "20242").split(",")),
					Double.parseDouble(env.getOrDefault("QUEUE_TAKE_RATE", "1")),
					Integer.parseInt(env.getOrDefault("QUEUE_COUNTERS", "14")),
					Long.parseLong(env.getOrDefault("QUEUE_SERVE_MS", "0")),
					Integer.parseInt(env.getOrDefault("QUEUE_SECONDS", "60")),
					Integer.parseInt(env.getOrDefault("QUEUE_WARMUP", "10")),
					Integer.parseInt(env.getOrDefault("QUEUE_MAX_IN_FLIGHT", "2000")),
					Path.of(env.getOrDefault("QUEUE_OUT", ".")));
		}

	}

}
