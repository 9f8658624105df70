package vn.onestop.intake.queue.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;

@RestController
@RequestMapping("/queue/{ward}")
@Tag(name = "Walk-in queue: live", description = "Server-sent events saying that a ward's queue changed")
class QueueEventsResource {

	private final WatchingTheQueue watching;

	QueueEventsResource(WatchingTheQueue watching) {
		this.watching = watching;
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The ward's queue changes, for the waiting-room display (public)",
			description = "text/event-stream. `event: changed` with `data: {\"ward\":\"20242\",\"seq\":N}` once on "
					+ "connect and then whenever the ward's queue changed (a ticket taken, called, acted on, closed, "
					+ "or the set-up changed), at most one per 200 ms; a comment line every 15 s. It carries no "
					+ "data: the page fetches the board on each event. 400 when the ward is not a 5-digit code; 503 "
					+ "when the ward has too many open streams on this instance.")
	Flux<ServerSentEvent<QueueChanged>> wardEvents(
			@Parameter(description = "The ward's 5-digit code", example = "20242") @PathVariable String ward,
			ServerHttpResponse response) {
		unbuffered(response);
		return this.watching.ward(ward);
	}

	@GetMapping(path = "/counters/{counter}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "The ward's queue changes, for a counter's console",
			description = "As the ward's stream, for the officers and leaders of the ward (403 for anyone else). "
					+ "400 when the counter is not a number from 1 to 99.")
	Flux<ServerSentEvent<QueueChanged>> counterEvents(
			@Parameter(description = "The ward's 5-digit code", example = "20242") @PathVariable String ward,
			@Parameter(description = "The counter's number, 1 to 99", example = "3") @PathVariable String counter,
			ServerHttpResponse response) {
		unbuffered(response);
		return Callers.current().flatMapMany(caller -> this.watching.counter(ward, counter, caller));
	}

	/** A proxy in front (nginx) must pass every event on at once. */
	private static void unbuffered(ServerHttpResponse response) {
		response.getHeaders().set("X-Accel-Buffering", "no");
		response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-cache");
	}

}
