package vn.onestop.web.metrics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No observations of Spring Security's own filters: each page would get a timer per security filter on top of
 * its {@code http.server.requests}, which already times it with its status (redirects to the sign-in included).
 * The services turn them off for the same cost (platform-support, docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class ObservationSettings {

	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

}
