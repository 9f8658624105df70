package vn.onestop.gateway.origin;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services who the client is: {@code X-Forwarded-For} carries exactly the address {@link ClientAddresses}
 * resolved (the services' audit log records its first entry). Runs after Spring Cloud Gateway's own forwarded-header
 * filters, so whatever the client sent is replaced, never appended to.
 */
final class ClientAddressHeadersFilter implements HttpHeadersFilter, Ordered {

	static final String X_FORWARDED_FOR = "X-Forwarded-For";

	private final ClientAddresses addresses;

	ClientAddressHeadersFilter(ClientAddresses addresses) {
		this.addresses = addresses;
	}

	@Override
	public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(input);
		headers.set(X_FORWARDED_FOR, this.addresses.of(exchange));
		return headers;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
