package vn.onestop.gateway.routing;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.BooleanSpec;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The public API, all under {@code /api/v1}, mapped onto the services' own paths. Every route runs
 * inside its service's circuit breaker and time limiter (fallback: {@code /fallback/{service}}), and
 * only GET is retried, once, and only when the connection itself failed: a POST may have reached the
 * service, so repeating it could file a dossier twice.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

	private static final String OPENAPI = "/v3/api-docs";

	/** Every service with a database serves its audit log here (platform admins only, checked by the service). */
	private static final String AUDIT = "/audit";

	/** Service-to-service endpoints (event intake and the like) are never reachable from outside. */
	private static final String INTERNAL = "/api/v1/*/internal/**";

	@Bean
	RouteLocator serviceRouteLocator(RouteLocatorBuilder builder, ServicesProperties services) {
		RouteLocatorBuilder.Builder routes = builder.routes();
		for (Api api : apis(services)) {
			routes.route(api.id(), r -> {
				BooleanSpec predicate = r.path(api.paths()).and().not(internal -> internal.path(INTERNAL));
				if (api.readOnly()) {
					predicate = predicate.and().method(HttpMethod.GET);
				}
				return predicate.filters(f -> guarded(api.rewrite().apply(f), api.service())).uri(api.uri());
			});
		}
		return routes.build();
	}

	static List<Api> apis(ServicesProperties services) {
		return List.of(
				new Api("intake", "intake", services.intakeUrl(), f -> f.stripPrefix(3), "/api/v1/intake/**"),
				new Api("citizens", "citizen", services.citizenUrl(), f -> f.stripPrefix(2), "/api/v1/citizens",
						"/api/v1/citizens/**", "/api/v1/wards", "/api/v1/wards/**", "/api/v1/provinces", "/api/v1/provinces/**"),
				new Api("notifications", "notification", services.notificationUrl(), f -> f.stripPrefix(3),
						"/api/v1/notifications/**"),
				new Api("docs-intake", "intake", services.intakeUrl(), f -> f.setPath(OPENAPI), "/api/v1/docs/intake"),
				new Api("docs-citizen", "citizen", services.citizenUrl(), f -> f.setPath(OPENAPI), "/api/v1/docs/citizen"),
				new Api("docs-notification", "notification", services.notificationUrl(), f -> f.setPath(OPENAPI),
						"/api/v1/docs/notification"),
				Api.readOnly("audit-intake", "intake", services.intakeUrl(), f -> f.setPath(AUDIT), "/api/v1/audit/intake"),
				Api.readOnly("audit-citizen", "citizen", services.citizenUrl(), f -> f.setPath(AUDIT),
						"/api/v1/audit/citizen"),
				Api.readOnly("audit-notification", "notification", services.notificationUrl(), f -> f.setPath(AUDIT),
						"/api/v1/audit/notification"));
	}

	static GatewayFilterSpec guarded(GatewayFilterSpec filters, String service) {
		return filters
			.circuitBreaker(breaker -> breaker.setName(service).setFallbackUri("forward:/fallback/" + service))
			.retry(ServiceRoutes::retryConnectionFailuresOfGetOnce);
	}

	@SuppressWarnings("unchecked")
	private static void retryConnectionFailuresOfGetOnce(RetryConfig retry) {
		retry.setRetries(1).setMethods(HttpMethod.GET).setSeries().setStatuses().setExceptions(IOException.class);
	}

	/**
	 * One public path family, the service (and breaker) behind it, how its path is rewritten, and whether only GET
	 * is routed.
	 */
	record Api(String id, String service, URI uri, UnaryOperator<GatewayFilterSpec> rewrite, boolean readOnly,
			String... paths) {

		Api(String id, String service, URI uri, UnaryOperator<GatewayFilterSpec> rewrite, String... paths) {
			this(id, service, uri, rewrite, false, paths);
		}

		static Api readOnly(String id, String service, URI uri, UnaryOperator<GatewayFilterSpec> rewrite,
				String... paths) {
			return new Api(id, service, uri, rewrite, true, paths);
		}

	}

}
