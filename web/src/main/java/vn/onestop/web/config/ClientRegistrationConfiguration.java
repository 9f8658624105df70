package vn.onestop.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The one client registration of the pages, generic OpenID Connect: discovered from the issuer when one is
 * configured (any provider, Keycloak included), else from the three endpoints. Authorization code always, with
 * PKCE (see {@link SecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class ClientRegistrationConfiguration {

	@Bean
	ReactiveClientRegistrationRepository clientRegistrations(OidcProperties oidc, WebProperties web) {
		LoginGuard.check(web, oidc.issuerUri());
		ClientRegistration.Builder builder = oidc.discovered()
				? ClientRegistrations.fromIssuerLocation(oidc.issuerUri()).registrationId(SecurityConfiguration.REGISTRATION)
				: ClientRegistration.withRegistrationId(SecurityConfiguration.REGISTRATION)
					.authorizationUri(required(oidc.authorizationUri(), "authorization-uri"))
					.tokenUri(required(oidc.tokenUri(), "token-uri"))
					.jwkSetUri(required(oidc.jwkSetUri(), "jwk-set-uri"))
					.userNameAttributeName(IdTokenClaimNames.SUB);
		return new InMemoryReactiveClientRegistrationRepository(builder.clientId(oidc.clientId())
			.clientSecret(oidc.clientSecret())
			.clientAuthenticationMethod(oidc.clientSecret().isEmpty() ? ClientAuthenticationMethod.NONE
					: ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(oidc.scopes())
			.build());
	}

	private static String required(java.net.URI uri, String name) {
		if (uri == null) {
			throw new IllegalStateException("Set WEB_OIDC_ISSUER_URI, or web.oidc." + name + " for a provider without discovery");
		}
		return uri.toString();
	}

}
