package vn.onestop.support.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A validated access token and the {@link Caller} read from it once. */
public final class CallerAuthentication extends JwtAuthenticationToken {

	private final transient Caller caller;

	CallerAuthentication(Jwt jwt, Caller caller) {
		super(jwt, caller.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(),
				caller.name());
		this.caller = caller;
	}

	static CallerAuthentication of(Jwt jwt) {
		return new CallerAuthentication(jwt, CallerClaims.from(jwt.getClaims()));
	}

	public Caller caller() {
		return this.caller;
	}

	/** The raw token, for a service that forwards the caller's own token. */
	public String tokenValue() {
		return getToken().getTokenValue();
	}


}
