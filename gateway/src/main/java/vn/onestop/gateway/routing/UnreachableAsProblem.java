package vn.onestop.gateway.routing;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/**
 * On a route without a breaker: a service that could not be reached before anything was answered is a 503 problem
 * with {@code Retry-After}, as the breaker's fallback answers, not a 500.
 */
final class UnreachableAsProblem implements GatewayFilter {

	private final String service;

	UnreachableAsProblem(String service) {
		this.service = service;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return chain.filter(exchange)
			.onErrorMap(error -> !(error instanceof ProblemException) && !exchange.getResponse().isCommitted(),
					error -> new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
							"Service unavailable", "The " + this.service + " service is unavailable; try again shortly.")
						.withHeader(HttpHeaders.RETRY_AFTER, "5"));
	}

}
