package vn.onestop.intake.queue.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.awaitility.Awaitility.await;

/** A browser's EventSource, in short: it records the {@code changed} events of one stream as they arrive. */
final class EventStreamClient implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<QueueChanged> changed = new CopyOnWriteArrayList<>();

	private final List<String> comments = new CopyOnWriteArrayList<>();

	private final List<Throwable> errors = new CopyOnWriteArrayList<>();

	private final Disposable subscription;

	private EventStreamClient(WebClient client, String path, String bearer) {
		this.subscription = client.get()
			.uri(path)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers(headers -> {
				if (bearer != null) {
					headers.set(HttpHeaders.AUTHORIZATION, bearer);
				}
			})
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.subscribe(this::received, this.errors::add);
	}

	static EventStreamClient open(int port, String path) {
		return open(port, path, null);
	}

	static EventStreamClient open(int port, String path, String bearer) {
		return new EventStreamClient(WebClient.create("http://localhost:" + port), path, bearer);
	}

	private void received(ServerSentEvent<String> event) {
		if (WatchingTheQueue.CHANGED.equals(event.event())) {
			this.changed.add(JSON.readValue(event.data(), QueueChanged.class));
		}
		else if (event.comment() != null) {
			this.comments.add(event.comment());
		}
	}

	List<String> comments() {
		return List.copyOf(this.comments);
	}

	List<QueueChanged> changed() {
		return List.copyOf(this.changed);
	}

	/** Waits until at least this many {@code changed} events arrived; fails after the deadline. */
	EventStreamClient awaitChanged(int count, Duration deadline) {
		await().atMost(deadline).pollInterval(Duration.ofMillis(20)).until(() -> this.changed.size() >= count);
		return this;
	}

	List<Throwable> errors() {
		return List.copyOf(this.errors);
	}

	@Override
	public void close() {
		this.subscription.dispose();
	}

}
