package vn.onestop.citizen.imports;

import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import vn.onestop.support.web.BodySizeLimitWebFilter;

/** Gives {@code POST /citizens/imports} its own body limit, {@code citizen.imports.max-body-size}, ahead of the platform's. */
@Component
@EnableConfigurationProperties(ImportProperties.class)
class ImportBodyLimit implements WebFilter, Ordered {

	static final String PATH = "/citizens/imports";

	private final ImportProperties properties;

	ImportBodyLimit(ImportProperties properties) {
		this.properties = properties;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 5;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (HttpMethod.POST.equals(exchange.getRequest().getMethod())
				&& PATH.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
			exchange.getAttributes().put(BodySizeLimitWebFilter.LIMIT, this.properties.maxBodySize());
		}
		return chain.filter(exchange);
	}

}
