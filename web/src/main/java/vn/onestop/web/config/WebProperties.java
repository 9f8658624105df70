package vn.onestop.web.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code web.*}: where the API is ({@code WEB_API_URL}, the gateway's {@code /api/v1}), the key that seals the
 * session cookies ({@code WEB_SESSION_KEY}, base64 of 32 bytes, the same on every replica), how long a sign-in
 * lasts at most ({@code WEB_SESSION_MAX_AGE}), whether cookies are marked Secure ({@code WEB_SECURE_COOKIES}: on
 * behind HTTPS), and the environment ({@code PLATFORM_ENVIRONMENT}).
 */
@ConfigurationProperties("web")
public record WebProperties(URI apiUrl, String sessionKey, @DefaultValue("8h") Duration sessionMaxAge,
		@DefaultValue("false") boolean secureCookies, String environment) {

	public WebProperties {
		if (apiUrl == null) {
			throw new IllegalArgumentException("web.api-url (WEB_API_URL) must name the gateway's /api/v1");
		}
		sessionKey = sessionKey == null ? "" : sessionKey.trim();
		environment = environment == null ? "" : environment.trim();
	}

	public boolean production() {
		return "production".equalsIgnoreCase(this.environment);
	}

}
