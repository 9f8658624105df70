package vn.onestop.web.queue;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.onestop.web.api.Api;

/**
 * intake's queue endpoints: the board anonymously (it is public and holds no personal data), everything else with
 * the signed-in user's own token, so intake decides which ward a kiosk, an officer or a leader may use.
 */
@Component
class QueueClient {

	private final Api api;

	QueueClient(Api api) {
		this.api = api;
	}

	Mono<CenterSetup> setup(String ward) {
		return this.api.asUser().get().uri("/intake/queue/{ward}/setup", ward).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(CenterSetup.class);
	}

	Mono<Board> board(String ward) {
		return this.api.anonymous().get().uri("/intake/queue/{ward}/board", ward).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(Board.class);
	}

	/** A double tap or a resent form carries the same key: intake answers the same ticket. */
	Mono<Slip> take(String ward, Map<String, Object> body, String idempotencyKey) {
		return this.api.asUser().post().uri("/intake/queue/{ward}/tickets", ward)
			.contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", idempotencyKey).bodyValue(body)
			.retrieve().onStatus(Api::isError, Api.problems()).bodyToMono(Slip.class);
	}

	Mono<QueueTickets> tickets(String ward, String statuses) {
		return this.api.asUser().get()
			.uri("/intake/queue/{ward}/tickets", uri -> uri.queryParam("status", statuses).build(ward)).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(QueueTickets.class);
	}

	/** The called ticket; empty when nobody waits (204). */
	Mono<QueueTicket> call(String ward, int counter) {
		return this.api.asUser().post().uri("/intake/queue/{ward}/counters/{counter}/call", ward, counter)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).retrieve()
			.onStatus(Api::isError, Api.problems())
			.onStatus(status -> status.isSameCodeAs(HttpStatus.NO_CONTENT), response -> Mono.empty())
			.bodyToMono(QueueTicket.class);
	}

	Mono<QueueTicket> act(String ward, String number, String action, Map<String, Object> body) {
		return this.api.asUser().post()
			.uri("/intake/queue/{ward}/tickets/{number}/actions/{action}", ward, number, action)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(body).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(QueueTicket.class);
	}

	/** {@code day} as typed: intake checks it and its field error goes beside the input. */
	Mono<QueueStatistics> statistics(String ward, String day) {
		return this.api.asUser().get()
			.uri("/intake/queue/{ward}/statistics", uri -> uri.queryParam("day", day).build(ward)).retrieve()
			.onStatus(Api::isError, Api.problems()).bodyToMono(QueueStatistics.class);
	}

}
