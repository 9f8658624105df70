package vn.onestop.support.web;

import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Settles the request id before anything else sees the request, including the tracing observation,
 * which then carries it as baggage into the log context and to downstream calls.
 */
public final class RequestIdHttpHandlerDecorator implements HttpHandlerDecoratorFactory {

	@Override
	public HttpHandler apply(HttpHandler delegate) {
		return (request, response) -> {
			String id = RequestIds.accept(request.getHeaders().getFirst(RequestIds.HEADER));
			ServerHttpRequest withId = request.mutate().headers(h -> h.set(RequestIds.HEADER, id)).build();
			response.getHeaders().set(RequestIds.HEADER, id);
			response.beforeCommit(() -> {
				// a proxied response brings the service's copy of the header: keep exactly one
				response.getHeaders().set(RequestIds.HEADER, id);
				return reactor.core.publisher.Mono.empty();
			});
			return delegate.handle(withId, response);
		};
	}

}
