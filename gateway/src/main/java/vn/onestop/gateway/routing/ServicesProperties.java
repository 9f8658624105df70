package vn.onestop.gateway.routing;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.services.*}: where each service listens ({@code INTAKE_URL}, {@code CITIZEN_URL},
 * {@code NOTIFICATION_URL}) and where the pages are served ({@code WEB_URL}).
 */
@ConfigurationProperties("platform.services")
public record ServicesProperties(URI intakeUrl, URI citizenUrl, URI notificationUrl, URI webUrl) {
}
