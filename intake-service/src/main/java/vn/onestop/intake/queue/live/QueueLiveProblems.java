package vn.onestop.intake.queue.live;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/** The problems of the queue's event streams. */
final class QueueLiveProblems {

	/** A ward already has as many open streams on this instance as it may: 503, try again (another instance). */
	static final String TOO_MANY_STREAMS = "queue-too-many-streams";

	private QueueLiveProblems() {
	}

	static ProblemException invalidWard() {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"The ward must be a 5-digit ward code.");
	}

	static ProblemException invalidCounter() {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"The counter must be a number from 1 to 99.");
	}

	static ProblemException tooManyStreams(int limit) {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, TOO_MANY_STREAMS, "Too many event streams",
				"This ward already has " + limit + " open event streams here; try again shortly.")
			.withHeader(HttpHeaders.RETRY_AFTER, "5");
	}

}
