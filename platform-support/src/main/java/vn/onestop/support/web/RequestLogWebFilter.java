package vn.onestop.support.web;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
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
 * span id and request id: the filter brings them from the request's Reactor context into the logging thread itself,
 * so the line carries them without Reactor's automatic context propagation ({@code spring.reactor.context-propagation}
 * is {@code limited}: restoring thread locals around every operator of every request cost more than the request's
 * own work, docs/benchmarks.md). Query strings are left out: they are where personal data would leak.
 */
public final class RequestLogWebFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger("http.access");

	private final ProblemMapper problems = new ProblemMapper();

	private final ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();

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
				try (ContextSnapshot.Scope scope = this.snapshots.setThreadLocalsFrom(signal.getContextView())) {
					log.info("{} {} -> {} in {} ms", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
							status != null ? status.value() : 200, (System.nanoTime() - start) / 1_000_000);
				}
			}
		});
	}

}
