package vn.onestop.web.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code web.*}: where the API is ({@code WEB_API_URL}, the gateway's {@code /api/v1}), the key that seals the
 * session cookies ({@code WEB_SESSION_KEY}, base64 of 32 bytes, the same on every replica), how long a sign-in
 * lasts at most ({@code WEB_SESSION_MAX_AGE}), whether cookies are marked Secure ({@code WEB_SECURE_COOKIES}: on
 * behind HTTPS), the environment ({@code PLATFORM_ENVIRONMENT}), the largest API answer a page reads
 * ({@code WEB_API_MAX_ANSWER_SIZE}: a page's answers are read whole; a catalogue of 100 procedures with their documents
 * passes WebClient's default of 256 KB) and the public address of the pages ({@code WEB_PUBLIC_URL}: what the
 * receipt's QR code links to; the request's own origin when unset).
 */
@ConfigurationProperties("web")
public record WebProperties(URI apiUrl, String sessionKey, @DefaultValue("8h") Duration sessionMaxAge,
		@DefaultValue("false") boolean secureCookies, String environment,
		@DefaultValue("4MB") DataSize apiMaxAnswerSize, URI publicUrl) {

	public WebProperties {
		if (apiUrl == null) {
			throw new IllegalArgumentException("web.api-url (WEB_API_URL) must name the gateway's /api/v1");
		}
		sessionKey = sessionKey == null ? "" : sessionKey.trim();
		environment = environment == null ? "" : environment.trim();
		if (apiMaxAnswerSize.toBytes() < 1 || apiMaxAnswerSize.toBytes() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("web.api-max-answer-size (WEB_API_MAX_ANSWER_SIZE) must be from 1 B to 2 GB");
		}
		if (publicUrl != null && (publicUrl.toString().isBlank())) {
			publicUrl = null;
		}
		if (publicUrl != null && (!publicUrl.isAbsolute() || publicUrl.getHost() == null
				|| !(publicUrl.getScheme().equals("http") || publicUrl.getScheme().equals("https")))) {
			throw new IllegalArgumentException("web.public-url (WEB_PUBLIC_URL) must be an http(s) address such as https://motcua.example.vn");
		}
	}

	public boolean production() {
		return "production".equalsIgnoreCase(this.environment);
	}

}
