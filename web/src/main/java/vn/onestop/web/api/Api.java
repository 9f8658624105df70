package vn.onestop.web.api;

import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The API behind the gateway, two ways: {@link #anonymous()} for the public endpoints (catalogue, calendar,
 * look-up) and {@link #asUser()} carrying the signed-in user's own access token, so every rule of the services
 * applies to the pages unchanged. A non-2xx answer becomes an {@link ApiProblem}.
 */
public final class Api {

	private final WebClient anonymous;

	private final WebClient asUser;

	public Api(WebClient anonymous, WebClient asUser) {
		this.anonymous = anonymous;
		this.asUser = asUser;
	}

	public WebClient anonymous() {
		return this.anonymous;
	}

	public WebClient asUser() {
		return this.asUser;
	}

	/** For {@code retrieve().onStatus(HttpStatusCode::isError, Api.problems())}. */
	public static Function<ClientResponse, Mono<? extends Throwable>> problems() {
		return response -> response.bodyToMono(ApiProblem.Body.class)
			.onErrorResume(unreadable -> Mono.empty())
			.defaultIfEmpty(ApiProblem.Body.EMPTY)
			.map(body -> ApiProblem.of(response.statusCode().value(), body, retryAfter(response)));
	}

	public static boolean isError(HttpStatusCode status) {
		return status.isError();
	}

	private static Long retryAfter(ClientResponse response) {
		String value = response.headers().asHttpHeaders().getFirst(HttpHeaders.RETRY_AFTER);
		try {
			return value == null ? null : Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
