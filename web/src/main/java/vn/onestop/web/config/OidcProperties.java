package vn.onestop.web.config;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code web.oidc.*}: the identity provider the pages sign in with: its issuer ({@code WEB_OIDC_ISSUER_URI}, read by
 * OpenID Connect discovery) and this client's id and secret ({@code WEB_OIDC_CLIENT_ID}, {@code WEB_OIDC_CLIENT_SECRET};
 * without a secret the client is public and relies on PKCE alone). A provider without discovery is named by its
 * three endpoints instead.
 */
@ConfigurationProperties("web.oidc")
public record OidcProperties(String issuerUri, @DefaultValue("onestop-web") String clientId, String clientSecret,
		@DefaultValue("openid") List<String> scopes, URI authorizationUri, URI tokenUri, URI jwkSetUri) {

	public OidcProperties {
		issuerUri = issuerUri == null ? "" : issuerUri.trim();
		clientSecret = clientSecret == null ? "" : clientSecret.trim();
	}

	boolean discovered() {
		return !this.issuerUri.isEmpty();
	}

}
