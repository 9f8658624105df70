package vn.onestop.launcher;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;
import vn.onestop.support.security.dev.DemoTokens;
import vn.onestop.support.security.dev.DevIssuer;

/**
 * The applications' token settings: the configured identity provider's, or else the demo token issuer's (a new
 * key each run, its JWK set on loopback, the demo tokens written to a file). The demo issuer never in production.
 */
final class TokenIssuing {

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
		progress.say("demo token issuer at %s; demo tokens (ward %s): source %s", issuer.jwkSetUri(),
				DemoTokens.DEMO_WARD, security.demoTokens());
		return environment;
	}

}
