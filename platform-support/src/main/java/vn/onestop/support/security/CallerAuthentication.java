package vn.onestop.support.security;

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


}
