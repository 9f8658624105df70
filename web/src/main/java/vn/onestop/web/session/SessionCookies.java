package vn.onestop.web.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;

/**
 * The session is a cookie, not server state: {@link SignedInUser} as JSON, sealed by {@link CookieSeal}, HttpOnly,
 * SameSite=Lax (sent when the identity provider redirects back, never by another site's form or script), Secure
 * behind HTTPS. Any replica holding the key reads it, so the pages need no session store.
 */
public final class SessionCookies {

	public static final String NAME = "ONESTOP_SESSION";

	static final String PURPOSE = "session";

	private static final String READ = SessionCookies.class.getName() + ".read";

	private final CookieSeal seal;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Duration maxAge;

	private final boolean secure;

	private final Clock clock;

	public SessionCookies(CookieSeal seal, Duration maxAge, boolean secure, Clock clock) {
		this.seal = seal;
		this.maxAge = maxAge;
		this.secure = secure;
		this.clock = clock;
	}

	/** The signed-in user of this request, if the cookie is ours, unexpired and its tokens still usable. */
	public Optional<SignedInUser> read(ServerWebExchange exchange) {
		Optional<SignedInUser> cached = exchange.getAttribute(READ);
		if (cached != null) {
			return cached;
		}
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(NAME);
		Instant now = this.clock.instant();
		Optional<SignedInUser> user = Optional.ofNullable(cookie)
			.flatMap(value -> this.seal.open(PURPOSE, value.getValue(), now))
			.map(text -> this.json.readValue(text, SignedInUser.class))
			.filter(found -> found.usable(now));
		exchange.getAttributes().put(READ, user);
		return user;
	}

	void write(ServerWebExchange exchange, SignedInUser user) {
		Instant expires = this.clock.instant().plus(this.maxAge);
		String value = this.seal.seal(PURPOSE, this.json.writeValueAsString(user), expires);
		exchange.getResponse().getCookies().set(NAME, cookie(value, this.maxAge));
		exchange.getAttributes().put(READ, Optional.of(user));
	}

	/** Ends the session: the API no longer accepts its token, or the user signed out. */
	public void signOut(ServerWebExchange exchange) {
		clear(exchange);
	}

	void clear(ServerWebExchange exchange) {
		exchange.getResponse().getCookies().set(NAME, cookie("", Duration.ZERO));
		exchange.getAttributes().put(READ, Optional.empty());
	}

	ResponseCookie cookie(String value, Duration age) {
		return ResponseCookie.from(NAME, value).httpOnly(true).secure(this.secure).sameSite("Lax").path("/").maxAge(age).build();
	}

}
