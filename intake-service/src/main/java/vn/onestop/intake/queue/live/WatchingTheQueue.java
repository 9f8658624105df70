package vn.onestop.intake.queue.live;

import java.time.Duration;

import reactor.core.publisher.Flux;

import org.springframework.http.codec.ServerSentEvent;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.SecurityProblems;

/**
 * A display's or a counter's event stream: {@code changed} at once on connect (so the page fetches once on every
 * (re)connect), then on each change of the ward, and a comment every heartbeat so that an idle stream stays open.
 */
class WatchingTheQueue {

	static final String CHANGED = "changed";

	/** Marks the end of the changes (shutdown), so the heartbeats end with them. */
	private static final ServerSentEvent<QueueChanged> END = ServerSentEvent.<QueueChanged>builder().build();

	private final QueueChanges changes;

	private final Duration heartbeat;

	WatchingTheQueue(QueueChanges changes, QueueLiveProperties properties) {
		this.changes = changes;
		this.heartbeat = properties.heartbeat();
	}

	/** The ward's stream, for anyone: it carries no personal data. */
	Flux<ServerSentEvent<QueueChanged>> ward(String ward) {
		if (!WardCodes.isWard(ward)) {
			return Flux.error(QueueLiveProblems.invalidWard());
		}
		return stream(ward);
	}

	/**
	 * A counter's stream, for the ward's officers and leaders. It says when anything of the ward changed, which
	 * includes everything in the counter's fields; the console then fetches its own list.
	 */
	Flux<ServerSentEvent<QueueChanged>> counter(String ward, String counter, Caller caller) {
		if (!WardCodes.isWard(ward)) {
			return Flux.error(QueueLiveProblems.invalidWard());
		}
		if (!WardCodes.isCounter(counter)) {
			return Flux.error(QueueLiveProblems.invalidCounter());
		}
		if (!caller.worksIn(ward)) {
			return Flux.error(SecurityProblems.forbidden());
		}
		return stream(ward);
	}

	private Flux<ServerSentEvent<QueueChanged>> stream(String ward) {
		Flux<ServerSentEvent<QueueChanged>> changed = this.changes.open(ward)
			.map(seq -> ServerSentEvent.builder(new QueueChanged(ward, seq)).event(CHANGED).build());
		Flux<ServerSentEvent<QueueChanged>> heartbeats = Flux.interval(this.heartbeat, this.heartbeat)
			.onBackpressureDrop()
			.map(tick -> ServerSentEvent.<QueueChanged>builder().comment("heartbeat").build());
		return Flux.merge(changed.concatWithValues(END), heartbeats).takeWhile(event -> event != END);
	}

}
