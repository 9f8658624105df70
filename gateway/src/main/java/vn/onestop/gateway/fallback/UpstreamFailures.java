package vn.onestop.gateway.fallback;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/** Decides what a failed call to a service means for the client. */
final class UpstreamFailures {

	private final Duration openFor;

	UpstreamFailures(Duration openFor) {
		this.openFor = openFor;
	}

	Answer classify(String service, Throwable cause) {
		if (cause instanceof ProblemException known) {
			return new Answer(known, OptionalLong.empty());
		}
		if (cause instanceof TimeoutException) {
			return new Answer(new ProblemException(HttpStatus.GATEWAY_TIMEOUT, ProblemTypes.UPSTREAM_TIMEOUT,
					"Service timed out", "The " + service + " service did not answer in time. The request may or may "
							+ "not have been carried out; check before repeating a change."),
					OptionalLong.empty());
		}
		long retryAfter = cause instanceof CallNotPermittedException ? Math.max(1, this.openFor.toSeconds()) : 5;
		return new Answer(new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
				"Service unavailable", "The " + service + " service is unavailable; try again shortly."),
				OptionalLong.of(retryAfter));
	}

	record Answer(ProblemException problem, OptionalLong retryAfterSeconds) {
	}

}
