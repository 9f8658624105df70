package vn.onestop.gateway.ratelimit;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import vn.onestop.gateway.origin.ClientAddresses;
import vn.onestop.support.security.Callers;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/**
 * Refuses a request over its budgets with 429 before it reaches a service. Runs after the security filter chain, so
 * the caller is known: a request with a valid token is counted against its subject and wards, one without against
 * the client's address. Health probes are never limited.
 */
final class RateLimitWebFilter implements WebFilter, Ordered {

	/** After Spring Security's filter chain (order -100), before routing. */
	static final int ORDER = -50;

	static final String METRIC = "onestop.gateway.rate_limited";

	private final RateLimitBudgets budgets;

	private final ClientAddresses addresses;

	private final Map<RateLimitKind, Counter> refused;

	RateLimitWebFilter(RateLimitBudgets budgets, ClientAddresses addresses, MeterRegistry meters) {
		this.budgets = budgets;
		this.addresses = addresses;
		this.refused = refusals(meters);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
			return chain.filter(exchange);
		}
		String client = this.addresses.of(exchange);
		return Callers.current().flatMap(caller -> {
			RateLimitDecision decision = RateLimitDecision.decide(RateLimitKey.of(caller, client), this.budgets);
			if (decision.allowed()) {
				return chain.filter(exchange);
			}
			this.refused.get(decision.exhausted()).increment();
			return Mono.error(tooManyRequests(decision));
		});
	}

	static Map<RateLimitKind, Counter> refusals(MeterRegistry meters) {
		Map<RateLimitKind, Counter> refused = new EnumMap<>(RateLimitKind.class);
		for (RateLimitKind kind : RateLimitKind.values()) {
			refused.put(kind, Counter.builder(METRIC)
				.description("Requests refused with 429 because a rate limit was exceeded")
				.tag("kind", kind.tag())
				.register(meters));
		}
		return refused;
	}

	static ProblemException tooManyRequests(RateLimitDecision decision) {
		String whose = switch (decision.exhausted()) {
			case PUBLIC -> "from this address";
			case SUBJECT -> "for this account";
			case WARD -> "for this ward";
			case REJECTED -> "with a missing or invalid token from this address";
		};
		return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests",
				"Too many requests " + whose + "; try again in " + decision.retryAfterSeconds() + " s.")
			.withHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
