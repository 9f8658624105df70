package vn.onestop.citizen.records;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Who is making the change, as recorded in the history and the citizen's audit columns. There is no
 * authentication yet: everyone is "anonymous" until the security work reads the caller from the token here.
 */
@Component
class CurrentActor {

	static final String ANONYMOUS = "anonymous";

	Mono<String> name() {
		return Mono.just(ANONYMOUS);
	}

}
