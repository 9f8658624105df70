package vn.onestop.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.support.security.PublicEndpoints;

/**
 * What the edge lets through without a token: the public part of the intake API (procedure catalogue, due-time
 * preview and holiday calendar, dossier look-up, rating) and the OpenAPI documents. Everything else under
 * {@code /api/v1} needs a valid token here; the services check roles, wards and ownership on the token the gateway
 * passes on unchanged.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

	@Bean
	PublicEndpoints gatewayPublicEndpoints() {
		return PublicEndpoints.of("GET /api/v1/intake/procedures", "GET /api/v1/intake/procedures/**",
				"GET /api/v1/intake/calendar/**", "POST /api/v1/intake/lookup", "POST /api/v1/intake/dossiers/*/rating",
				"GET /api/v1/docs/**",
				// delivery receipts from the SMS provider: no platform token, notification-service checks X-Receipt-Token
				"POST /api/v1/notifications/receipts/*");
	}

}
