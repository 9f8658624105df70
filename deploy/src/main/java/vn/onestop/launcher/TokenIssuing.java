package vn.onestop.launcher;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;
import vn.onestop.support.security.dev.DemoLogin;
import vn.onestop.support.security.dev.DemoTokens;
import vn.onestop.support.security.dev.DemoUser;
import vn.onestop.support.security.dev.DevIssuer;

/**
 * The applications' token settings: the configured identity provider's, or else the demo token issuer's (a new
 * key each run, its JWK set on loopback, the demo tokens written to a file). The demo issuer never in production.
 */
final class TokenIssuing {

	static final String WEB_CLIENT_ID = "onestop-web";

	/** A working day: the demo access token the pages relay lasts as long as their session. */
	static final Duration DEMO_LOGIN_VALIDITY = Duration.ofHours(8);

	private TokenIssuing() {
	}

	static Map<String, String> environment(LauncherSettings.Security security, ProgressLog progress,
			Supplier<DevIssuer> startIssuer) {
		Map<String, String> environment = new HashMap<>();
		if (!security.demoIssuer()) {
			environment.put("SECURITY_JWK_SET_URI", security.jwkSetUri());
			environment.put("SECURITY_JWT_ISSUER", security.issuer());
			environment.put("PLATFORM_SERVICE_TOKEN", security.serviceToken());
			progress.say("access tokens from the identity provider %s", security.issuer());
			return environment;
		}
		if (security.production()) {
			throw new IllegalStateException("PLATFORM_ENVIRONMENT=production: the demo token issuer is refused; set "
					+ "SECURITY_JWK_SET_URI, SECURITY_JWT_ISSUER and PLATFORM_SERVICE_TOKEN for your identity provider.");
		}
		DevIssuer issuer = startIssuer.get();
		Map<String, String> tokens = DemoTokens.mint(issuer);
		for (String ward : security.demoWards()) {
			tokens.put("OFFICER_TOKEN_" + ward, issuer.mint(
					new Caller("demo-officer-" + ward, Set.of(Role.OFFICER), Set.of(ward), null), DemoTokens.VALIDITY));
		}
		try {
			DemoTokens.write(security.demoTokens(), tokens);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the demo tokens to " + security.demoTokens(), ex);
		}
		environment.put("SECURITY_JWK_SET_URI", issuer.jwkSetUri().toString());
		environment.put("SECURITY_JWT_ISSUER", issuer.issuer());
		environment.put("PLATFORM_SERVICE_TOKEN", tokens.get("SERVICE_TOKEN"));
		environment.putAll(demoLogin(issuer, progress));
		progress.say("demo token issuer at %s; demo tokens (ward %s): source %s", issuer.jwkSetUri(),
				DemoTokens.DEMO_WARD, security.demoTokens());
		return environment;
	}

	/** The pages sign in at the demo login on the same issuer; its client secret is new each run. */
	private static Map<String, String> demoLogin(DevIssuer issuer, ProgressLog progress) {
		byte[] secret = new byte[24];
		new SecureRandom().nextBytes(secret);
		String clientSecret = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		DemoLogin login = DemoLogin.start(issuer, WEB_CLIENT_ID, clientSecret, DemoUser.defaults(), DEMO_LOGIN_VALIDITY,
				Clock.systemUTC());
		progress.say("demo login for the pages at %s", login.issuerUri());
		return Map.of("WEB_OIDC_ISSUER_URI", login.issuerUri(), "WEB_OIDC_CLIENT_ID", WEB_CLIENT_ID,
				"WEB_OIDC_CLIENT_SECRET", clientSecret);
	}

}
