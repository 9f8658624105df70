package vn.onestop.gateway.routing;

import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pages, served by {@code web}. A page request carries a session cookie, not a bearer token: the gateway passes
 * it on without a token check ({@code web} checks the session and its CSRF token, and calls the API back through
 * the gateway with the user's own token), and the per-address rate limits apply to it like to any anonymous call.
 * The browser's Host is kept so that links and the sign-in's redirect address name the gateway; forwarded-host
 * headers a client sent are dropped so it cannot choose them.
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

	@Bean
	RouteLocator pageRouteLocator(RouteLocatorBuilder builder, ServicesProperties services) {
		return builder.routes()
			.route("pages", r -> r.path(PagePaths.ALL.toArray(String[]::new))
				.filters(f -> ServiceRoutes.guarded(f.preserveHostHeader()
					.removeRequestHeader("Forwarded")
					.removeRequestHeader("X-Forwarded-Host")
					.removeRequestHeader("X-Forwarded-Proto")
					.removeRequestHeader("X-Forwarded-Port")
					.removeRequestHeader("X-Forwarded-Prefix"), "web"))
				.uri(services.webUrl()))
			.build();
	}

}
