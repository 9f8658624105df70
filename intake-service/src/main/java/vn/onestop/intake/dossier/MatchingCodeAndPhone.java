package vn.onestop.intake.dossier;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/**
 * The citizen's stand-in for a login, a dossier code with the last four digits of the submitter's phone, checked
 * through {@link LookupThrottle}: a client that sent too many wrong pairs gets 429 with Retry-After before any
 * query runs; a wrong pair answers the same 404 as an unknown code and counts against the client.
 */
@Component
class MatchingCodeAndPhone {

	static final String UNKNOWN_CLIENT = "unknown";

	private final CitizenAccessRepository access;

	private final LookupThrottle throttle;

	MatchingCodeAndPhone(CitizenAccessRepository access, LookupThrottle throttle) {
		this.access = access;
		this.throttle = throttle;
	}

	Mono<CitizenAccessRepository.Match> match(String code, String phoneLast4, String client) {
		String who = client == null ? UNKNOWN_CLIENT : client;
		return Mono.defer(() -> this.throttle.waitFor(who)
			.<Mono<CitizenAccessRepository.Match>>map(wait -> Mono.error(tooMany(wait)))
			.orElseGet(() -> this.access.match(code, phoneLast4)
				.switchIfEmpty(Mono.defer(() -> {
					this.throttle.failed(who);
					return Mono.error(LifecycleProblems.noMatch());
				}))));
	}

	static ProblemException tooMany(Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "Too many wrong look-ups",
				"Too many wrong dossier code and phone pairs came from this client; try again in " + seconds + " s.")
			.withHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
	}

}
