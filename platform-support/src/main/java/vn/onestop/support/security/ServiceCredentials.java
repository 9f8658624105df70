package vn.onestop.support.security;


import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;

/**
 * The access token this application shows when it calls another of the platform's applications
 * ({@code PLATFORM_SERVICE_TOKEN}: a token with role SERVICE from the identity provider; the run command mints
 * one). Only for calls between the platform's own applications — never for an SMS provider or any outside party.
 */
public final class ServiceCredentials {

	private final String token;

	public ServiceCredentials(String token) {
		this.token = token == null || token.isBlank() ? null : token.strip();
	}

	/** Adds the service token to a request that carries no Authorization header yet. */
	public ExchangeFilterFunction filter() {
		return (request, next) -> {
			if (this.token == null || request.headers().containsHeader(HttpHeaders.AUTHORIZATION)) {
				return next.exchange(request);
			}
			return next.exchange(ClientRequest.from(request).headers(headers -> headers.setBearerAuth(this.token)).build());
		};
	}


}
