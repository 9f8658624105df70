package vn.onestop.web.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code web.metrics.*}: whose access tokens may read {@code /actuator/prometheus}. The same issuer and keys as
 * the services' ({@code SECURITY_JWT_ISSUER}, {@code SECURITY_JWK_SET_URI}, {@code SECURITY_JWT_AUDIENCE}), so the
 * Prometheus scrape sends one MONITOR token to every application. Without an issuer and a key set nobody may.
 */
@ConfigurationProperties("web.metrics")
public record MetricsProperties(String issuer, String jwkSetUri, String audience) {

	/** The issuer prefix of the run command's demo tokens, refused in production as the services refuse it. */
	static final String DEMO_ISSUER_PREFIX = "urn:onestop:dev-issuer";

	public MetricsProperties {
		issuer = issuer == null ? "" : issuer.trim();
		jwkSetUri = jwkSetUri == null ? "" : jwkSetUri.trim();
		audience = audience == null ? "" : audience.trim();
	}

	boolean configured() {
		return !this.issuer.isEmpty() && !this.jwkSetUri.isEmpty();
	}

	boolean demoIssuer() {
		return this.issuer.startsWith(DEMO_ISSUER_PREFIX);
	}

}
