package vn.onestop.gateway.security;

import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.gateway.routing.PagePaths;
import vn.onestop.support.security.PublicEndpoints;

/**
 * What the edge lets through without a token: the public part of the intake API (procedure catalogue, due-time
 * preview and holiday calendar, dossier look-up, rating, a ward's queue board and its events), one ward of the registry by code and the OpenAPI documents. Everything else under
 * {@code /api/v1} needs a valid token here; the services check roles, wards and ownership on the token the gateway
 * passes on unchanged. The pages ({@link PagePaths}) need no token here: their session cookie is checked by
 * {@code web}.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

	@Bean
	PublicEndpoints gatewayPublicEndpoints() {
		Stream<String> api = Stream.of("GET /api/v1/intake/procedures", "GET /api/v1/intake/procedures/**",
				"GET /api/v1/intake/calendar/**", "POST /api/v1/intake/lookup", "POST /api/v1/intake/dossiers/*/rating",
				// the walk-in queue's waiting-room display: its board and change events carry no personal data
				"GET /api/v1/intake/queue/*/board", "GET /api/v1/intake/queue/*/events",
				// one unit of the ward registry by code: the look-up page names the ward of a dossier
				"GET /api/v1/wards/*",
				"GET /api/v1/docs/**",
				// delivery receipts from the SMS provider: no platform token, notification-service checks X-Receipt-Token
				"POST /api/v1/notifications/receipts/*");
		return PublicEndpoints.of(Stream.concat(api, PagePaths.publicEndpoints()).toArray(String[]::new));
	}

}
