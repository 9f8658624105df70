package vn.onestop.support.security;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;

/** The caller of the request being served; {@link Caller#ANONYMOUS} on a public endpoint without a token. */
public final class Callers {

	private Callers() {
	}

	public static Mono<Caller> current() {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.ofType(CallerAuthentication.class)
			.map(CallerAuthentication::caller)
			.defaultIfEmpty(Caller.ANONYMOUS);
	}

}
