package vn.onestop.web;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;


import vn.onestop.web.session.SessionCookies;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

class SignInTest extends PageTest {

	static final String EMPTY_INBOX = "{\"items\":[],\"page\":0,\"size\":50,\"totalItems\":0,\"totalPages\":0}";

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	@Test
	void signsInWithAuthorizationCodeAndPkceAndComesBackToThePageAskedFor() throws Exception {
		TestIdentityProvider.SignIn signIn = this.idp.signIn(this.client, "/officer?tab=received", "demo-officer",
				"Cán bộ Một", List.of("OFFICER"), "officer-access-token");

		assertThat(signIn.authorization()).containsEntry("response_type", "code")
			.containsEntry("client_id", FakeGateway.CLIENT_ID)
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("state", "nonce", "code_challenge");
		LoggedRequest tokenRequest = gateway.server.findAll(postRequestedFor(urlEqualTo("/idp/token"))).get(0);
		String verifier = form(tokenRequest.getBodyAsString(), "code_verifier");
		assertThat(TestIdentityProvider.s256(verifier)).isEqualTo(signIn.authorization().get("code_challenge"));
		assertThat(form(tokenRequest.getBodyAsString(), "grant_type")).isEqualTo("authorization_code");
		assertThat(form(tokenRequest.getBodyAsString(), "code")).isEqualTo("the-code");
		assertThat(tokenRequest.getHeader("Authorization")).startsWith("Basic ");
		assertThat(signIn.callback().getResponseHeaders().getLocation()).hasToString("/officer?tab=received");
		SetCookie session = SetCookie.last(signIn.callback(), SessionCookies.NAME);
		assertThat(session.cleared()).isFalse();
		assertThat(session.httpOnly()).isTrue();
		assertThat(session.sameSiteLax()).isTrue();
		assertThat(session.value()).doesNotContain("officer-access-token");
	}

	@Test
	void callsTheApiWithTheSignedInUsersOwnToken() {
		TestIdentityProvider.SignIn signIn = this.idp.signIn(this.client, "/officer", "demo-officer", "Cán bộ Một",
				List.of("OFFICER"), "officer-access-token");
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/dossiers")).willReturn(okJson(EMPTY_INBOX)));

		String body = this.client.get().uri("/officer").cookies(c -> signIn.cookies().forEach(c::add)).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

		assertThat(body).contains("Cán bộ Một");
		List<LoggedRequest> calls = gateway.server.findAll(getRequestedFor(urlPathEqualTo("/api/v1/intake/dossiers")));
		assertThat(calls).isNotEmpty().allSatisfy(call -> assertThat(call.getHeader("Authorization"))
			.isEqualTo("Bearer officer-access-token"));
	}

	@Test
	void aSessionTheApiNoLongerAcceptsSignsInAgainAndReturnsToTheSamePage() {
		TestIdentityProvider.SignIn signIn = this.idp.signIn(this.client, "/officer", "demo-officer", "Cán bộ Một",
				List.of("OFFICER"), "revoked-token");
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/dossiers")).willReturn(com.github.tomakehurst.wiremock.client.WireMock
			.aResponse().withStatus(401).withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"https://onestop.gov.vn/problems/unauthorized\",\"status\":401}")));

		var answer = this.client.get().uri("/officer?tab=returned").accept(org.springframework.http.MediaType.TEXT_HTML).cookies(c -> signIn.cookies().forEach(c::add)).exchange()
			.expectStatus().is3xxRedirection().expectBody().returnResult();

		assertThat(answer.getResponseHeaders().getLocation()).hasToString("/oauth2/authorization/onestop");
		assertThat(last(answer, SessionCookies.NAME).cleared()).isTrue();
		assertThat(new String(java.util.Base64.getDecoder().decode(last(answer, "REDIRECT_URI").value())))
			.isEqualTo("/officer?tab=returned");
	}

	static SetCookie last(org.springframework.test.web.reactive.server.EntityExchangeResult<?> result, String name) {
		return SetCookie.last(result, name);
	}

	@Test
	void aPageThatNeedsSignInSendsTheBrowserToTheIdentityProviderAndRemembersThePage() {
		var answer = this.client.get().uri("/officer").accept(org.springframework.http.MediaType.TEXT_HTML).exchange().expectStatus().isFound().expectBody().returnResult();

		assertThat(answer.getResponseHeaders().getLocation()).hasToString("/oauth2/authorization/onestop");
		assertThat(last(answer, "REDIRECT_URI").httpOnly()).isTrue();
		assertThat(last(answer, "REDIRECT_URI").cleared()).isFalse();
	}

	@Test
	void aForgedOrForeignSessionCookieIsNoSession() {
		this.client.get().uri("/officer").cookie(SessionCookies.NAME, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
			.exchange().expectStatus().isFound().expectHeader().location("/oauth2/authorization/onestop");
	}

	@Test
	void signingOutNeedsTheFormsCsrfTokenAndClearsTheSession() {
		TestIdentityProvider.SignIn signIn = this.idp.signIn(this.client, "/officer", "demo-officer", "Cán bộ Một",
				List.of("OFFICER"), "officer-access-token");
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/dossiers")).willReturn(okJson(EMPTY_INBOX)));
		var page = this.client.get().uri("/officer").cookies(c -> signIn.cookies().forEach(c::add)).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult();
		String csrfCookie = last(page, "XSRF-TOKEN").value();
		String csrfField = html(page).select("form[action=/logout] input[name=_csrf]").val();

		this.client.post().uri("/logout").cookies(c -> signIn.cookies().forEach(c::add)).exchange().expectStatus().isForbidden();
		var signedOut = this.client.post().uri("/logout").cookies(c -> {
			signIn.cookies().forEach(c::add);
			c.add("XSRF-TOKEN", csrfCookie);
		}).contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("_csrf=" + csrfField).exchange().expectStatus().isFound().expectBody().returnResult();

		assertThat(signedOut.getResponseHeaders().getLocation()).hasToString("/");
		assertThat(last(signedOut, SessionCookies.NAME).cleared()).isTrue();
	}

	private static String form(String body, String name) {
		for (String pair : body.split("&")) {
			String[] parts = pair.split("=", 2);
			if (parts[0].equals(name)) {
				return java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		return null;
	}

}
