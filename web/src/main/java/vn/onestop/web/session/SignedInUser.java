package vn.onestop.web.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Everything a sign-in leaves in the session cookie: who (subject, display name, roles and wards as the identity
 * provider stated them, only to label the pages), and the tokens the pages relay to the API. The API decides
 * what the user may see; the roles here only choose which links the menu shows.
 */
public record SignedInUser(String registrationId, String subject, String name, List<String> roles, List<String> wards,
		String accessToken, long issuedAt, long expiresAt, String refreshToken) {

	/** An access token this close to its expiry counts as expired: it could lapse on the way to the API. */
	static final Duration SKEW = Duration.ofSeconds(30);

	public SignedInUser {
		roles = roles == null ? List.of() : List.copyOf(roles);
		wards = wards == null ? List.of() : List.copyOf(wards);
	}

	static SignedInUser of(OAuth2AuthorizedClient client, OAuth2User user) {
		OAuth2AccessToken access = client.getAccessToken();
		Instant issued = access.getIssuedAt() == null ? Instant.now() : access.getIssuedAt();
		Instant expires = access.getExpiresAt() == null ? issued.plus(Duration.ofMinutes(5)) : access.getExpiresAt();
		return new SignedInUser(client.getClientRegistration().getRegistrationId(), user.getName(), displayName(user),
				strings(user.getAttribute("roles")), strings(user.getAttribute("wards")), access.getTokenValue(),
				issued.getEpochSecond(), expires.getEpochSecond(),
				client.getRefreshToken() == null ? null : client.getRefreshToken().getTokenValue());
	}

	/** Usable while the access token is, or while a refresh token can renew it. */
	boolean usable(Instant now) {
		return this.refreshToken != null || Instant.ofEpochSecond(this.expiresAt).minus(SKEW).isAfter(now);
	}

	/** The user of the request being served, if signed in. */
	public static reactor.core.publisher.Mono<SignedInUser> current() {
		return org.springframework.security.core.context.ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication() == null ? null : context.getAuthentication().getPrincipal())
			.filter(OAuth2User.class::isInstance)
			.mapNotNull(principal -> ((OAuth2User) principal).<SignedInUser>getAttribute("user"));
	}

	public boolean has(String role) {
		return this.roles.contains(role);
	}

	OAuth2AuthenticationToken authentication() {
		List<GrantedAuthority> authorities = this.roles.stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		Map<String, Object> attributes = Map.of("sub", this.subject, "name", this.name, "user", this);
		return new OAuth2AuthenticationToken(new DefaultOAuth2User(authorities, attributes, "sub"), authorities,
				this.registrationId);
	}

	OAuth2AuthorizedClient authorizedClient(ClientRegistration registration) {
		OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, this.accessToken,
				Instant.ofEpochSecond(this.issuedAt), Instant.ofEpochSecond(this.expiresAt));
		OAuth2RefreshToken refresh = this.refreshToken == null ? null : new OAuth2RefreshToken(this.refreshToken, null);
		return new OAuth2AuthorizedClient(registration, this.subject, access, refresh);
	}

	private static String displayName(OAuth2User user) {
		for (String claim : List.of("name", "preferred_username")) {
			if (user.getAttribute(claim) instanceof String value && !value.isBlank()) {
				return value;
			}
		}
		return user.getName();
	}

	private static List<String> strings(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return claim instanceof String value ? List.of(value) : List.of();
	}

}
