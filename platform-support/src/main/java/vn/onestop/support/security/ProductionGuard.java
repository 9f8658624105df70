package vn.onestop.support.security;

import java.util.Locale;

import vn.onestop.support.security.dev.DevIssuer;

/**
 * Refuses to start a production application that would trust the run command's own token issuer, or no issuer
 * at all. {@code PLATFORM_ENVIRONMENT=production} is set by the production Kubernetes overlay.
 */
public final class ProductionGuard {

	private ProductionGuard() {
	}

	public static void check(String environment, PlatformSecurityProperties.Jwt jwt) {
		if (!"production".equals(environment == null ? "" : environment.trim().toLowerCase(Locale.ROOT))) {
			return;
		}
		if (jwt.issuer() == null || jwt.issuer().isBlank()) {
			throw new IllegalStateException("PLATFORM_ENVIRONMENT=production needs SECURITY_JWT_ISSUER.");
		}
		if (jwt.issuer().startsWith(DevIssuer.ISSUER_PREFIX)) {
			throw new IllegalStateException("PLATFORM_ENVIRONMENT=production refuses the run command's demo issuer "
					+ jwt.issuer() + ": configure the real identity provider.");
		}
	}

}
