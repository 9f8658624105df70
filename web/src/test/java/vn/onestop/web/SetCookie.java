package vn.onestop.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * One {@code Set-Cookie} header as a browser reads it. The parsed cookies of WebTestClient keep one cookie per name,
 * but a response may clear a cookie and set it again: the browser applies them in order, so do the tests.
 */
public record SetCookie(String name, String value, String attributes) {

	public static List<SetCookie> all(EntityExchangeResult<?> result) {
		List<SetCookie> cookies = new ArrayList<>();
		for (String header : result.getResponseHeaders().getOrEmpty("Set-Cookie")) {
			int equals = header.indexOf('=');
			int semicolon = header.indexOf(';');
			String value = semicolon < 0 ? header.substring(equals + 1) : header.substring(equals + 1, semicolon);
			cookies.add(new SetCookie(header.substring(0, equals), value, semicolon < 0 ? "" : header.substring(semicolon)));
		}
		return cookies;
	}

	/** The cookie of this name the browser keeps after the response: the last one set. */
	public static SetCookie last(EntityExchangeResult<?> result, String name) {
		List<SetCookie> named = all(result).stream().filter(cookie -> cookie.name().equals(name)).toList();
		if (named.isEmpty()) {
			throw new AssertionError("No Set-Cookie " + name + " in " + result.getResponseHeaders().get("Set-Cookie"));
		}
		return named.get(named.size() - 1);
	}

	public boolean cleared() {
		return this.attributes.toLowerCase(Locale.ROOT).contains("max-age=0");
	}

	public boolean httpOnly() {
		return this.attributes.toLowerCase(Locale.ROOT).contains("httponly");
	}

	public boolean sameSiteLax() {
		return this.attributes.contains("SameSite=Lax");
	}

}
