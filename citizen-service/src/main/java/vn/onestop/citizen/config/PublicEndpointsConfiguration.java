package vn.onestop.citizen.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.support.security.PublicEndpoints;

/**
 * What citizen-service answers without a token (issue #6, line 3): nothing but health and the OpenAPI document,
 * which the platform opens itself. The ward registry is public administrative data, but the issue does not list it
 * among the anonymous endpoints, so it needs a token of any role; citizen records, reviews and imports are ward
 * data, whose rules are in the use cases.
 */
@Configuration(proxyBeanMethods = false)
class PublicEndpointsConfiguration {

	@Bean
	PublicEndpoints citizenPublicEndpoints() {
		return PublicEndpoints.none();
	}

}
