package vn.onestop.web.queue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.web.PageTest;
import vn.onestop.web.SetCookie;
import vn.onestop.web.TestIdentityProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's pages signed in with one role of ward 20242 (the test provider's ID token names that ward), posting
 * forms as a browser does: with the CSRF cookie and the token of a rendered form.
 */
abstract class QueuePageTest extends PageTest {

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	Map<String, String> cookies = Map.of();

	void signInAs(String page, String role, String token) {
		this.cookies = new LinkedHashMap<>(this.idp.signIn(this.client, page, "demo-" + role.toLowerCase(), "Người dùng thử",
				List.of(role), token).cookies());
	}

	static void stubSetup() {
		gateway.server.stubFor(get(urlPathEqualTo("/api/v1/intake/queue/20242/setup")).willReturn(okJson(QueueAnswers.SETUP)));
	}

	EntityExchangeResult<String> getting(String path) {
		return this.client.get().uri(path).cookies(c -> this.cookies.forEach(c::add)).exchange()
			.expectBody(String.class).returnResult();
	}

	Document pageAt(String path) {
		EntityExchangeResult<String> answer = getting(path);
		assertThat(answer.getStatus().value()).as(path + ": " + answer.getResponseBody()).isEqualTo(200);
		return html(answer);
	}

	/** Posts {@code form} with the CSRF token of the form rendered at {@code formPage}. */
	EntityExchangeResult<String> posting(String formPage, String path, Map<String, String> form) {
		EntityExchangeResult<String> withForm = getting(formPage);
		String cookie = SetCookie.last(withForm, "XSRF-TOKEN").value();
		String token = html(withForm).select("form[method=post] input[name=_csrf]").first().val();
		Map<String, String> body = new LinkedHashMap<>(form);
		body.put("_csrf", token);
		return this.client.post().uri(path).cookies(c -> {
			this.cookies.forEach(c::add);
			c.add("XSRF-TOKEN", cookie);
		}).contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(formBody(body)).exchange()
			.expectBody(String.class).returnResult();
	}

	EntityExchangeResult<String> postingWithoutCsrf(String path, Map<String, String> form) {
		return this.client.post().uri(path).cookies(c -> this.cookies.forEach(c::add))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(formBody(form)).exchange()
			.expectBody(String.class).returnResult();
	}

}
