package vn.onestop.web.config;

import java.net.URI;

/**
 * Refuses to start the pages in production with the run command's demo login (its issuer path ends in
 * {@link #DEMO_LOGIN_PATH}) or without a session key shared by every replica.
 */
public final class LoginGuard {

	/** The path of the launcher's demo OIDC issuer; the same constant as {@code DemoLogin.PATH}. */
	public static final String DEMO_LOGIN_PATH = "/demo-login";

	private LoginGuard() {
	}

	public static void check(WebProperties web, String issuerUri) {
		if (!web.production()) {
			return;
		}
		if (issuerUri == null || issuerUri.isBlank()) {
			throw new IllegalStateException("PLATFORM_ENVIRONMENT=production needs WEB_OIDC_ISSUER_URI.");
		}
		String path = URI.create(issuerUri.trim()).getPath();
		if (path != null && path.endsWith(DEMO_LOGIN_PATH)) {
			throw new IllegalStateException("PLATFORM_ENVIRONMENT=production refuses the run command's demo login "
					+ issuerUri + ": configure the real identity provider.");
		}
		if (web.sessionKey().isEmpty()) {
			throw new IllegalStateException("PLATFORM_ENVIRONMENT=production needs WEB_SESSION_KEY, the same on every replica.");
		}
	}

}
