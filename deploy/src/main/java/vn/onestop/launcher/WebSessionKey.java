package vn.onestop.launcher;

import java.security.SecureRandom;
import java.util.Base64;

/** The key the pages seal their session cookies with ({@code WEB_SESSION_KEY}), unless the user set one. */
final class WebSessionKey {

	private WebSessionKey() {
	}

	static String generate() {
		String configured = System.getenv("WEB_SESSION_KEY");
		if (configured != null && !configured.isBlank()) {
			return configured.trim();
		}
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
