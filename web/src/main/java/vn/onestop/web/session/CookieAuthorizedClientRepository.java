package vn.onestop.web.session;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.server.ServerWebExchange;

/**
 * The user's tokens live in the session cookie beside who they are. A sign-in or a token refresh writes the whole
 * cookie again; the API calls read the access token from it (token relay).
 */
public final class CookieAuthorizedClientRepository implements ServerOAuth2AuthorizedClientRepository {

	private final SessionCookies cookies;

	private final ReactiveClientRegistrationRepository registrations;

	public CookieAuthorizedClientRepository(SessionCookies cookies, ReactiveClientRegistrationRepository registrations) {
		this.cookies = cookies;
		this.registrations = registrations;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(String clientRegistrationId,
			Authentication principal, ServerWebExchange exchange) {
		return Mono.justOrEmpty(this.cookies.read(exchange))
			.filter(user -> user.registrationId().equals(clientRegistrationId))
			.flatMap(user -> this.registrations.findByRegistrationId(clientRegistrationId)
				.map(registration -> (T) user.authorizedClient(registration)));
	}

	@Override
	public Mono<Void> saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
			ServerWebExchange exchange) {
		return Mono.fromRunnable(() -> {
			// at sign-in an OAuth2LoginAuthenticationToken, on a refresh the OAuth2AuthenticationToken of the cookie
			if (principal != null && principal.getPrincipal() instanceof OAuth2User login) {
				SignedInUser previous = this.cookies.read(exchange).orElse(null);
				SignedInUser user = previous != null && previous.subject().equals(login.getName())
						? refreshed(previous, SignedInUser.of(client, login)) : SignedInUser.of(client, login);
				this.cookies.write(exchange, user);
			}
		});
	}

	@Override
	public Mono<Void> removeAuthorizedClient(String clientRegistrationId, Authentication principal,
			ServerWebExchange exchange) {
		return Mono.fromRunnable(() -> this.cookies.clear(exchange));
	}

	/** A refresh renews the tokens only; who the user is stays as the sign-in stated it. */
	private static SignedInUser refreshed(SignedInUser previous, SignedInUser renewed) {
		return new SignedInUser(previous.registrationId(), previous.subject(), previous.name(), previous.roles(),
				previous.wards(), renewed.accessToken(), renewed.issuedAt(), renewed.expiresAt(),
				renewed.refreshToken() == null ? previous.refreshToken() : renewed.refreshToken());
	}

}
