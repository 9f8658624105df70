package vn.onestop.citizen.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.support.security.PublicEndpoints;

/**
 * What citizen-service answers without a token (issue #6, line 3): health and the OpenAPI document, which the
 * platform opens itself, and one unit of the ward registry by its code (issue 15: the citizen's look-up page names
 * the ward a dossier was received at; the list of units is public administrative data, Decision 19/2025). Searching
 * the registry and the merger links still need a token of any role; citizen records, reviews and imports are ward
 * data, whose rules are in the use cases.
 */
@Configuration(proxyBeanMethods = false)
class PublicEndpointsConfiguration {

	@Bean
	PublicEndpoints citizenPublicEndpoints() {
		return PublicEndpoints.of("GET /wards/*");
	}

}
