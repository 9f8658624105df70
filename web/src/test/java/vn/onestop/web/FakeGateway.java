package vn.onestop.web;

import java.util.Base64;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * One WireMock server standing in for the gateway's API ({@code /api/v1/**}) and the identity provider
 * ({@code /idp/**}) of the pages under test.
 */
public final class FakeGateway {

	public static final String SESSION_KEY = Base64.getEncoder().encodeToString(new byte[32]);

	public static final String CLIENT_ID = "onestop-web";

	public static final String CLIENT_SECRET = "web-secret";

	public final WireMockServer server = new WireMockServer(options().dynamicPort());

	public FakeGateway() {
		this.server.start();
	}

	public void register(DynamicPropertyRegistry registry) {
		String base = this.server.baseUrl();
		registry.add("web.api-url", () -> base + "/api/v1");
		registry.add("web.session-key", () -> SESSION_KEY);
		registry.add("web.oidc.client-id", () -> CLIENT_ID);
		registry.add("web.oidc.client-secret", () -> CLIENT_SECRET);
		registry.add("web.oidc.authorization-uri", () -> base + "/idp/authorize");
		registry.add("web.oidc.token-uri", () -> base + "/idp/token");
		registry.add("web.oidc.jwk-set-uri", () -> base + "/idp/jwks");
	}

	public String issuer() {
		return this.server.baseUrl() + "/idp";
	}

}
