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
 * A filter that runs earlier may set another limit for one exchange in the {@link #LIMIT} attribute,
 * e.g. a bulk import endpoint that streams its body instead of holding it in memory.
 */
public final class BodySizeLimitWebFilter implements WebFilter, Ordered {

	/** Exchange attribute holding the {@link DataSize} that replaces the configured limit for this request. */
	public static final String LIMIT = BodySizeLimitWebFilter.class.getName() + ".limit";

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
		DataSize limit = exchange.getAttributeOrDefault(LIMIT, this.limit);
		long max = limit.toBytes();
		if (exchange.getRequest().getHeaders().getContentLength() > max) {
			return Mono.error(PayloadTooLargeException.over(limit));
		}
		ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong seen = new AtomicLong();
				return super.getBody().map(buffer -> {
					if (seen.addAndGet(buffer.readableByteCount()) > max) {
						DataBufferUtils.release(buffer);
						throw PayloadTooLargeException.over(limit);
					}
					return buffer;
				});
			}
		};
		return chain.filter(exchange.mutate().request(counted).build());
	}

}
