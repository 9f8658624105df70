package vn.onestop.support.security;

import java.util.function.Predicate;

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

	/** The current caller when the rule admits it, else a 403 problem. */
	public static Mono<Caller> require(Predicate<Caller> rule) {
		return current().filter(rule).switchIfEmpty(Mono.error(SecurityProblems::forbidden));
	}

	/** The current caller when it has any of these roles, else a 403 problem. */
	public static Mono<Caller> requireAny(Role... roles) {
		return require(caller -> caller.hasAny(roles));
	}

}
