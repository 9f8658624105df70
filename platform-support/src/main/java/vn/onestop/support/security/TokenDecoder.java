package vn.onestop.support.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Checks access tokens: RS256 only, signed by a key of the configured JWK set, from the configured issuer, not
 * expired (60 s clock skew), and for the configured audience when one is set. Keys are fetched and cached by
 * Nimbus; a token with an unknown key id makes it fetch the set again, so keys can rotate.
 */
final class TokenDecoder {

	private TokenDecoder() {
	}

	static ReactiveJwtDecoder of(PlatformSecurityProperties.Jwt settings) {
		if (blank(settings.jwkSetUri()) || blank(settings.issuer())) {
			throw new IllegalStateException("Access tokens cannot be checked: set SECURITY_JWT_ISSUER and "
					+ "SECURITY_JWK_SET_URI (platform.security.jwt.issuer / jwk-set-uri). The run command sets both.");
		}
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(settings.jwkSetUri())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtValidators.createDefaultWithIssuer(settings.issuer()));
		if (!blank(settings.audience())) {
			validators.add(new JwtClaimValidator<List<String>>("aud",
					audience -> audience != null && audience.contains(settings.audience())));
		}
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
		return decoder;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
