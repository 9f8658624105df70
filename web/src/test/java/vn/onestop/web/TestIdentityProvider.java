package vn.onestop.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity provider's side of a sign-in, on the {@link FakeGateway}'s WireMock: its JWK set, and a token
 * endpoint answering one code with an access token and an ID token for the nonce the pages sent.
 */
public final class TestIdentityProvider {

	private final RSAKey key;

	private final FakeGateway gateway;

	public TestIdentityProvider(FakeGateway gateway) {
		this.gateway = gateway;
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			this.key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID("test-key")
				.algorithm(JWSAlgorithm.RS256)
				.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The cookies a browser holds after signing in as this user, starting at {@code page}. */
	public SignIn signIn(WebTestClient client, String page, String subject, String name, List<String> roles,
			String accessToken) {
		EntityExchangeResult<byte[]> toLogin = client.get().uri(page).accept(org.springframework.http.MediaType.TEXT_HTML).exchange().expectStatus().isFound()
			.expectBody().returnResult();
		assertThat(toLogin.getResponseHeaders().getLocation()).hasToString("/oauth2/authorization/onestop");
		Map<String, String> jar = new LinkedHashMap<>();
		keep(jar, toLogin);
		EntityExchangeResult<byte[]> toIdp = client.get().uri("/oauth2/authorization/onestop").cookies(c -> jar.forEach(c::add))
			.exchange().expectStatus().isFound().expectBody().returnResult();
		keep(jar, toIdp);
		URI authorize = toIdp.getResponseHeaders().getLocation();
		Map<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
		this.gateway.server.stubFor(get(urlEqualTo("/idp/jwks")).willReturn(okJson(new JWKSet(this.key.toPublicJWK()).toString())));
		this.gateway.server.stubFor(post(urlEqualTo("/idp/token")).willReturn(okJson("""
				{"access_token":"%s","token_type":"Bearer","expires_in":3600,"scope":"openid","id_token":"%s"}"""
			.formatted(accessToken, idToken(subject, name, roles, decode(query.get("nonce")))))));
		URI callback = UriComponentsBuilder.fromUriString(decode(query.get("redirect_uri")))
			.queryParam("code", "the-code")
			.queryParam("state", decode(query.get("state")))
			.encode()
			.build()
			.toUri();
		EntityExchangeResult<byte[]> back = client.get()
			.uri(callback)
			.cookies(c -> jar.forEach(c::add))
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();
		keep(jar, back);
		return new SignIn(query, back, jar);
	}

	public String idToken(String subject, String name, List<String> roles, String nonce) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(this.gateway.issuer())
			.subject(subject)
			.audience(FakeGateway.CLIENT_ID)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.claim("nonce", nonce)
			.claim("name", name)
			.claim("roles", roles)
			.claim("wards", List.of("20242"))
			.build();
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(), claims);
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String s256(String verifier) throws Exception {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
	}

	private static String decode(String value) {
		return value == null ? null : java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static void keep(Map<String, String> jar, EntityExchangeResult<?> result) {
		for (SetCookie cookie : SetCookie.all(result)) {
			if (cookie.cleared()) {
				jar.remove(cookie.name());
			}
			else {
				jar.put(cookie.name(), cookie.value());
			}
		}
	}

	/** The authorization request's parameters, the answer to the provider's redirect back, and the cookies kept. */
	public record SignIn(Map<String, String> authorization, EntityExchangeResult<byte[]> callback,
			Map<String, String> cookies) {
	}

}
