package vn.onestop.support.web;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies over the limit: at once when Content-Length says so, otherwise while streaming,
 * so a chunked upload can never make a service or the gateway buffer more than the limit.
 */
public final class BodySizeLimitWebFilter implements WebFilter, Ordered {

	private final DataSize limit;

	public BodySizeLimitWebFilter(DataSize limit) {
		this.limit = limit;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long max = this.limit.toBytes();
		if (exchange.getRequest().getHeaders().getContentLength() > max) {
			return Mono.error(PayloadTooLargeException.over(this.limit));
		}
		ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong seen = new AtomicLong();
				return super.getBody().map(buffer -> {
					if (seen.addAndGet(buffer.readableByteCount()) > max) {
						DataBufferUtils.release(buffer);
						throw PayloadTooLargeException.over(BodySizeLimitWebFilter.this.limit);
					}
					return buffer;
				});
			}
		};
		return chain.filter(exchange.mutate().request(counted).build());
	}

}
