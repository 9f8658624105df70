package vn.onestop.gateway.routing;

import java.net.URI;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The walk-in queue's server-sent event streams, which stay open for hours. They are routed before the intake API
 * ({@link ServiceRoutes}) and without its guards: the breaker's time limit and the client's response timeout would
 * cut a stream after a few seconds, its bulkhead would count every open display as a call in flight and starve the
 * API, and a retry has nothing to repeat (the browser's EventSource reconnects itself). Events are passed on as they
 * come ({@code text/event-stream} is a streaming media type of the gateway); a service that cannot be reached is a
 * 503 problem.
 */
@Configuration(proxyBeanMethods = false)
class EventStreamRoutes {

	/** Before {@link ServiceRoutes}' {@code /api/v1/intake/**}, whose order is the default 0. */
	static final int ORDER = -1;

	static final String[] PATHS = { "/api/v1/intake/queue/*/events", "/api/v1/intake/queue/*/counters/*/events" };

	@Bean
	RouteLocator eventStreamRouteLocator(RouteLocatorBuilder builder, ServicesProperties services) {
		URI intake = services.intakeUrl();
		return builder.routes()
			.route("intake-events", r -> r.order(ORDER)
				.path(PATHS)
				.and()
				.method(HttpMethod.GET)
				.filters(f -> f.stripPrefix(3).filter(new UnreachableAsProblem("intake")))
				.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, -1)
				.uri(intake))
			.build();
	}

}
