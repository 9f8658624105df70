package vn.onestop.intake.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.onestop.support.security.PublicEndpoints;

/**
 * What intake answers without a token (issue #6, line 3): the procedure catalogue, the due-time preview and the
 * holiday calendar it rests on (public information), the dossier look-up by code and phone digits, the rating, and a
 * ward's walk-in queue board and change events (the waiting-room display, no personal data).
 * Everything else needs a token; the ward, citizen and role rules are in the use cases.
 */
@Configuration(proxyBeanMethods = false)
class PublicEndpointsConfiguration {

	@Bean
	PublicEndpoints intakePublicEndpoints() {
		return PublicEndpoints.of("GET /procedures", "GET /procedures/**", "GET /calendar/due-time",
				"GET /calendar/{year}", "POST /lookup", "POST /dossiers/{code}/rating", "GET /queue/{ward}/board",
				// the walk-in queue's change signal for the waiting-room display: no data, only "fetch again"
				"GET /queue/{ward}/events");
	}

}
