package vn.onestop.web.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.web.SetCookie;
import vn.onestop.web.TestIdentityProvider;

/** A browser signed in to the pages: its cookies, pages read with them, and forms posted with their CSRF token. */
final class AdminSession {

	private final WebTestClient client;

	private final Map<String, String> cookies;

	private AdminSession(WebTestClient client, Map<String, String> cookies) {
		this.client = client;
		this.cookies = new java.util.LinkedHashMap<>(cookies);
	}

	static AdminSession signIn(WebTestClient client, TestIdentityProvider idp, String start, List<String> roles) {
		TestIdentityProvider.SignIn signIn = idp.signIn(client, start, "demo-admin", "Quản trị Lê Văn Cường", roles,
				"admin-token");
		return new AdminSession(client, signIn.cookies());
	}

	EntityExchangeResult<String> get(String path) {
		EntityExchangeResult<String> result = this.client.get().uri(path).cookies(c -> this.cookies.forEach(c::add))
			.exchange().expectBody(String.class).returnResult();
		for (SetCookie cookie : SetCookie.all(result)) {
			if (cookie.name().equals("XSRF-TOKEN") && !cookie.cleared()) {
				this.cookies.put(cookie.name(), cookie.value());
			}
		}
		return result;
	}

	Document page(String path) {
		EntityExchangeResult<String> result = get(path);
		org.assertj.core.api.Assertions.assertThat(result.getStatus().value()).as(path + ": " + result.getResponseBody())
			.isEqualTo(200);
		return Jsoup.parse(result.getResponseBody());
	}

	/** Posts the form the way the page would: its fields and the CSRF token of the page {@code from}. */
	EntityExchangeResult<String> post(String from, String path, List<Map.Entry<String, String>> fields,
			boolean htmx) {
		Document page = Jsoup.parse(get(from).getResponseBody());
		String token = page.select("input[name=_csrf]").first().val();
		String body = fields.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + encode(token);
		WebTestClient.RequestBodySpec request = this.client.post().uri(path).cookies(c -> this.cookies.forEach(c::add));
		if (htmx) {
			request = request.header("HX-Request", "true");
		}
		return request.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(body).exchange()
			.expectBody(String.class).returnResult();
	}

	EntityExchangeResult<String> postWithoutToken(String path, String body) {
		return this.client.post().uri(path).cookies(c -> this.cookies.forEach(c::add))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(body).exchange()
			.expectBody(String.class).returnResult();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
