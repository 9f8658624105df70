package vn.onestop.support.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Runs a unit of work to its end even when whoever asked for it goes away. A transaction cancelled half-way (the
 * gateway's time limit, a client that closed its connection) is rolled back while statements already sent can
 * still reach the database on their own: the load benchmark caught a dossier committed without the daily counter
 * row of its number, after which every filing of that agency collided with it. Work that stores what a citizen
 * handed in is therefore detached from cancellation: it commits or fails as a whole, and the caller who left
 * simply does not hear the outcome.
 */
public final class RunToCompletion {

	private static final Logger log = LoggerFactory.getLogger(RunToCompletion.class);

	private RunToCompletion() {
	}

	/** The same outcome as {@code work}; cancelling the returned Mono no longer cancels {@code work}. */
	public static <T> Mono<T> of(Mono<T> work) {
		return Mono.deferContextual(context -> {
			Sinks.One<T> outcome = Sinks.one();
			work.contextWrite(context).subscribe(outcome::tryEmitValue, error -> {
				if (outcome.tryEmitError(error).isFailure() || outcome.currentSubscriberCount() == 0) {
					// nobody hears it any more: the work was rolled back, say so for the operators
					log.warn("Work whose caller went away failed and was rolled back: {}", error.toString());
				}
			}, outcome::tryEmitEmpty);
			return outcome.asMono();
		});
	}

}
