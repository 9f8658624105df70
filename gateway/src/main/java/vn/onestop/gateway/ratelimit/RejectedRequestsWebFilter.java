package vn.onestop.gateway.ratelimit;

import java.util.OptionalLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import vn.onestop.gateway.origin.ClientAddresses;

/**
 * Slows down a client address that keeps being turned away with 401 (guessed, forged or expired tokens, or no token
 * where one is needed). Such requests never reach {@link RateLimitWebFilter}, which runs after authentication, so
 * without this they would cost a signature check each, unlimited. Every 401 takes one request from the address's
 * {@link RateLimitKind#REJECTED} budget; once it is empty, every request from the address gets 429 before its token
 * is looked at, until the budget refills. Health probes are never limited.
 */
final class RejectedRequestsWebFilter implements WebFilter, Ordered {

	/** Before Spring Security's filter chain (order -100). */
	static final int ORDER = -150;

	private final RateLimitBudgets budgets;

	private final ClientAddresses addresses;

	private final Counter refused;

	RejectedRequestsWebFilter(RateLimitBudgets budgets, ClientAddresses addresses, MeterRegistry meters) {
		this.budgets = budgets;
		this.addresses = addresses;
		this.refused = RateLimitWebFilter.refusals(meters).get(RateLimitKind.REJECTED);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
			return chain.filter(exchange);
		}
		RateLimitKey key = new RateLimitKey(RateLimitKind.REJECTED, this.addresses.of(exchange));
		OptionalLong wait = this.budgets.peek(key);
		if (wait.isPresent()) {
			this.refused.increment();
			return Mono.error(RateLimitWebFilter.tooManyRequests(RateLimitDecision.waiting(RateLimitKind.REJECTED,
					wait.getAsLong())));
		}
		// counted as the answer is committed, before the client can see it and send its next request
		exchange.getResponse().beforeCommit(() -> {
			HttpStatusCode status = exchange.getResponse().getStatusCode();
			if (status != null && status.value() == HttpStatus.UNAUTHORIZED.value()) {
				this.budgets.take(key);
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
