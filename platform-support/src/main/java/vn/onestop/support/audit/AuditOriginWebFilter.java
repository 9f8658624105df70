package vn.onestop.support.audit;

import reactor.core.publisher.Mono;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/** Puts the request's {@link AuditOrigin} in the Reactor context, where {@link AuditLog} finds it. */
final class AuditOriginWebFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		AuditOrigin origin = AuditOrigin.of(exchange.getRequest());
		return chain.filter(exchange).contextWrite(context -> context.put(AuditOrigin.class, origin));
	}

}
