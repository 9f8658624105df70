package vn.onestop.web.officer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.web.PageTest;
import vn.onestop.web.SetCookie;
import vn.onestop.web.TestIdentityProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer's pages, signed in as an officer of ward 20242, with a CSRF token taken from a rendered form. */
abstract class OfficerPageTest extends PageTest {

	static final String TOKEN = "officer-token";

	private final TestIdentityProvider idp = new TestIdentityProvider(gateway);

	private Map<String, String> cookies;

	@BeforeEach
	void signIn() {
		this.cookies = new LinkedHashMap<>(this.idp.signIn(this.client, "/officer/citizens", "demo-officer",
				"Cán bộ Một", List.of("OFFICER"), TOKEN).cookies());
	}

	EntityExchangeResult<String> getting(String path) {
		return this.client.get().uri(path).cookies(c -> this.cookies.forEach(c::add)).exchange()
			.expectBody(String.class).returnResult();
	}

	EntityExchangeResult<String> gettingAsHtmx(String path) {
		return this.client.get().uri(path).cookies(c -> this.cookies.forEach(c::add)).header("HX-Request", "true")
			.exchange().expectBody(String.class).returnResult();
	}

	Document officerPage(String path) {
		EntityExchangeResult<String> answer = getting(path);
		assertThat(answer.getStatus().value()).as(path).isEqualTo(200);
		assertNoInlineScript(html(answer));
		return html(answer);
	}

	/** Posts a form as the browser would: with the CSRF cookie and the token of a rendered form. */
	EntityExchangeResult<String> posting(String path, Map<String, String> form, boolean htmx) {
		EntityExchangeResult<String> withForm = getting("/officer/citizens");
		String cookie = SetCookie.last(withForm, "XSRF-TOKEN").value();
		String field = html(withForm).select("form[method=post] input[name=_csrf]").first().val();
		Map<String, String> body = new LinkedHashMap<>(form);
		body.put("_csrf", field);
		return this.client.post().uri(path).cookies(c -> {
			this.cookies.forEach(c::add);
			c.add("XSRF-TOKEN", cookie);
		}).headers(headers -> {
			if (htmx) {
				headers.add("HX-Request", "true");
			}
		}).contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(formBody(body)).exchange()
			.expectBody(String.class).returnResult();
	}

	EntityExchangeResult<String> postingWithoutCsrf(String path, Map<String, String> form) {
		return this.client.post().uri(path).cookies(c -> this.cookies.forEach(c::add))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(formBody(form)).exchange()
			.expectBody(String.class).returnResult();
	}

}
