package vn.onestop.support.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * One access-log line per request: method, path, status, duration. The log pattern adds trace id,
 * span id and request id. Query strings are left out: they are where personal data would leak.
 */
public final class RequestLogWebFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger("http.access");

	private final ProblemMapper problems = new ProblemMapper();

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long start = System.nanoTime();
		return chain.filter(exchange).doOnEach(signal -> {
			if (signal.isOnComplete() || signal.isOnError()) {
				HttpStatusCode status = signal.isOnError() ? this.problems.toProblem(signal.getThrowable()).status()
						: exchange.getResponse().getStatusCode();
				log.info("{} {} -> {} in {} ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
						status != null ? status.value() : 200, (System.nanoTime() - start) / 1_000_000);
			}
		});
	}

}
