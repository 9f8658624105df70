package vn.onestop.support.security.dev;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoLoginTest {

	static final String VERIFIER = "a-verifier-of-the-pages-that-is-long-enough-for-pkce-0123456789";

	static final String REDIRECT = "http://localhost:8080/login/oauth2/code/onestop";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private DevIssuer issuer;

	private DemoLogin login;

	@BeforeEach
	void start() {
		this.issuer = DevIssuer.start(0);
		this.login = DemoLogin.start(this.issuer, "onestop-web", "s3cret", DemoUser.defaults(), Duration.ofHours(8),
				Clock.systemUTC());
	}

	@AfterEach
	void stop() {
		this.issuer.close();
	}

	@Test
	void publishesADiscoveryDocumentUnderItsIssuer() throws Exception {
		Map<String, Object> document = JSONObjectUtils.parse(get(this.login.issuerUri() + "/.well-known/openid-configuration").body());

		assertThat(this.login.issuerUri()).endsWith(DemoLogin.PATH).startsWith("http://127.0.0.1:");
		assertThat(document).containsEntry("issuer", this.login.issuerUri())
			.containsEntry("authorization_endpoint", this.login.issuerUri() + "/authorize")
			.containsEntry("token_endpoint", this.login.issuerUri() + "/token")
			.containsEntry("jwks_uri", this.issuer.jwkSetUri().toString());
	}

	@Test
	void offersTheFiveDemoUsersAndSignsInThePickedOneWithPkce() throws Exception {
		HttpResponse<String> page = get(authorizeUri(DemoLogin.s256(VERIFIER)));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"demo-officer\"", "id=\"demo-officer-other\"", "id=\"demo-leader\"", "id=\"demo-admin\"", "id=\"demo-monitor\"",
				"id=\"demo-citizen\"").contains("name=\"state\" value=\"st&amp;te\"");

		String code = pick("officer", DemoLogin.s256(VERIFIER));
		HttpResponse<String> tokens = token(code, VERIFIER, "s3cret");

		assertThat(tokens.statusCode()).isEqualTo(200);
		Map<String, Object> body = JSONObjectUtils.parse(tokens.body());
		RSAKey key = JWKSet.parse(get(this.issuer.jwkSetUri().toString()).body()).getKeys().get(0).toRSAKey();
		SignedJWT access = SignedJWT.parse((String) body.get("access_token"));
		SignedJWT id = SignedJWT.parse((String) body.get("id_token"));
		assertThat(access.verify(new RSASSAVerifier(key))).isTrue();
		assertThat(id.verify(new RSASSAVerifier(key))).isTrue();
		assertThat(access.getJWTClaimsSet().getIssuer()).isEqualTo(this.issuer.issuer());
		assertThat(access.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("OFFICER");
		assertThat(access.getJWTClaimsSet().getStringListClaim("wards")).containsExactly(DemoTokens.DEMO_WARD);
		assertThat(id.getJWTClaimsSet().getIssuer()).isEqualTo(this.login.issuerUri());
		assertThat(id.getJWTClaimsSet().getAudience()).containsExactly("onestop-web");
		assertThat(id.getJWTClaimsSet().getStringClaim("nonce")).isEqualTo("n0nce");
		assertThat(id.getJWTClaimsSet().getSubject()).isEqualTo("demo-officer");
	}

	@Test
	void refusesAWrongVerifierAWrongSecretAndACodeUsedTwice() throws Exception {
		String challenge = DemoLogin.s256(VERIFIER);

		assertThat(token(pick("leader", challenge), VERIFIER + "x", "s3cret").statusCode()).isEqualTo(400);
		assertThat(token(pick("leader", challenge), VERIFIER, "wrong").statusCode()).isEqualTo(401);
		String code = pick("leader", challenge);
		assertThat(token(code, VERIFIER, "s3cret").statusCode()).isEqualTo(200);
		assertThat(token(code, VERIFIER, "s3cret").statusCode()).isEqualTo(400);
	}

	@Test
	void refusesARequestWithoutPkceOrForAnotherMachine() throws Exception {
		assertThat(get(authorizeUri("")).statusCode()).isEqualTo(400);
		assertThat(get(authorizeUri(DemoLogin.s256(VERIFIER)).replace(encode(REDIRECT),
				encode("https://evil.example/login/oauth2/code/onestop"))).statusCode()).isEqualTo(400);
		assertThat(get(authorizeUri(DemoLogin.s256(VERIFIER)).replace("onestop-web", "other-client")).statusCode())
			.isEqualTo(400);
	}

	private String authorizeUri(String challenge) {
		return this.login.issuerUri() + "/authorize?response_type=code&client_id=onestop-web&scope=openid&state="
				+ encode("st&te") + "&nonce=n0nce&redirect_uri=" + encode(REDIRECT) + "&code_challenge=" + challenge
				+ "&code_challenge_method=S256";
	}

	private String pick(String user, String challenge) throws Exception {
		String form = Map.of("response_type", "code", "client_id", "onestop-web", "state", "st&te", "nonce", "n0nce",
				"redirect_uri", REDIRECT, "code_challenge", challenge, "code_challenge_method", "S256", "user", user)
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		HttpResponse<String> answer = post(this.login.issuerUri() + "/authorize", form, null);
		assertThat(answer.statusCode()).isEqualTo(302);
		String location = answer.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(REDIRECT + "?code=").endsWith("&state=" + encode("st&te"));
		return location.substring(location.indexOf("code=") + 5, location.indexOf("&state"));
	}

	private HttpResponse<String> token(String code, String verifier, String secret) throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString(("onestop-web:" + secret).getBytes(StandardCharsets.UTF_8));
		return post(this.login.issuerUri() + "/token", "grant_type=authorization_code&code=" + code + "&redirect_uri="
				+ encode(REDIRECT) + "&code_verifier=" + verifier, basic);
	}

	private HttpResponse<String> get(String uri) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String uri, String form, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
