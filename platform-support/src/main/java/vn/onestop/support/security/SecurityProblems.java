package vn.onestop.support.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/**
 * Answers a missing or bad token (401, with {@code WWW-Authenticate: Bearer} as RFC 6750 asks) and a refused role
 * (403) as problem+json, through the platform's error handler like every other error. Never says why a token
 * failed beyond "invalid": the reason would help an attacker more than a client.
 */
public final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		return Mono.error(unauthenticated(ex instanceof OAuth2AuthenticationException));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return Mono.error(forbidden());
	}

	public static ProblemException unauthenticated(boolean tokenGiven) {
		if (tokenGiven) {
			return new ProblemException(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Invalid access token",
					"The access token is invalid or has expired; sign in again.")
				.withHeader(HttpHeaders.WWW_AUTHENTICATE,
						"Bearer error=\"invalid_token\", error_description=\"The access token is invalid or has expired\"");
		}
		return new ProblemException(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Authentication required",
				"This endpoint needs an access token: send 'Authorization: Bearer <token>'.")
			.withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	public static ProblemException forbidden() {
		return new ProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Not allowed",
				"Your role does not allow this.");
	}


}
