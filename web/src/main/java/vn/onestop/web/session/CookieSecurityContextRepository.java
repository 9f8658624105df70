package vn.onestop.web.session;

import reactor.core.publisher.Mono;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who is signed in, read from the session cookie. The cookie is written with the user's tokens by
 * {@link CookieAuthorizedClientRepository} when the sign-in completes; saving an empty context (signing out)
 * clears it.
 */
public final class CookieSecurityContextRepository implements ServerSecurityContextRepository {

	private final SessionCookies cookies;

	public CookieSecurityContextRepository(SessionCookies cookies) {
		this.cookies = cookies;
	}

	@Override
	public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
		if (context == null || context.getAuthentication() == null) {
			this.cookies.clear(exchange);
		}
		return Mono.empty();
	}

	@Override
	public Mono<SecurityContext> load(ServerWebExchange exchange) {
		return Mono.justOrEmpty(this.cookies.read(exchange)).map(user -> new SecurityContextImpl(user.authentication()));
	}

}
