package vn.onestop.web.session;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The sign-in in progress (state, nonce, PKCE verifier) kept in a sealed cookie for ten minutes instead of a
 * server session, so the identity provider may send the browser back to any replica.
 */
public final class CookieAuthorizationRequestRepository
		implements ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	public static final String NAME = "ONESTOP_LOGIN";

	static final String PURPOSE = "login";

	static final Duration MAX_AGE = Duration.ofMinutes(10);

	private final CookieSeal seal;

	private final boolean secure;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	public CookieAuthorizationRequestRepository(CookieSeal seal, boolean secure, Clock clock) {
		this.seal = seal;
		this.secure = secure;
		this.clock = clock;
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> loadAuthorizationRequest(ServerWebExchange exchange) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(NAME);
		return Mono.justOrEmpty(cookie)
			.flatMap(value -> Mono.justOrEmpty(this.seal.open(PURPOSE, value.getValue(), this.clock.instant())))
			.map(text -> this.json.readValue(text, Pending.class).request());
	}

	@Override
	public Mono<Void> saveAuthorizationRequest(OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
		return Mono.fromRunnable(() -> {
			if (request == null) {
				exchange.getResponse().getCookies().set(NAME, cookie("", Duration.ZERO));
				return;
			}
			String value = this.seal.seal(PURPOSE, this.json.writeValueAsString(Pending.of(request)),
					this.clock.instant().plus(MAX_AGE));
			exchange.getResponse().getCookies().set(NAME, cookie(value, MAX_AGE));
		});
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> removeAuthorizationRequest(ServerWebExchange exchange) {
		return loadAuthorizationRequest(exchange)
			.doOnNext(request -> exchange.getResponse().getCookies().set(NAME, cookie("", Duration.ZERO)));
	}

	private ResponseCookie cookie(String value, Duration age) {
		return ResponseCookie.from(NAME, value).httpOnly(true).secure(this.secure).sameSite("Lax").path("/").maxAge(age).build();
	}

	/** What a pending authorization request needs to be checked and completed. */
	record Pending(String authorizationUri, String clientId, String redirectUri, Set<String> scopes, String state,
			Map<String, String> additionalParameters, Map<String, String> attributes, String authorizationRequestUri) {

		static Pending of(OAuth2AuthorizationRequest request) {
			return new Pending(request.getAuthorizationUri(), request.getClientId(), request.getRedirectUri(),
					request.getScopes(), request.getState(), strings(request.getAdditionalParameters()),
					strings(request.getAttributes()), request.getAuthorizationRequestUri());
		}

		OAuth2AuthorizationRequest request() {
			return OAuth2AuthorizationRequest.authorizationCode()
				.authorizationUri(this.authorizationUri)
				.clientId(this.clientId)
				.redirectUri(this.redirectUri)
				.scopes(this.scopes)
				.state(this.state)
				.additionalParameters(Map.copyOf(this.additionalParameters))
				.attributes(attributes -> attributes.putAll(this.attributes))
				.authorizationRequestUri(this.authorizationRequestUri)
				.build();
		}

		private static Map<String, String> strings(Map<String, Object> values) {
			Map<String, String> copy = new LinkedHashMap<>();
			values.forEach((key, value) -> copy.put(key, String.valueOf(value)));
			return copy;
		}

	}

}
