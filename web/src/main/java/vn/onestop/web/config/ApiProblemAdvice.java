package vn.onestop.web.config;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.savedrequest.CookieServerRequestCache;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.ApiProblem;
import vn.onestop.web.session.SessionCookies;

/**
 * What a page shows when the API refused or failed and the page itself did not handle it: a session the API no
 * longer accepts (401) signs in again and comes back to the same page; 403 and 404 are said plainly; anything
 * else is "try again shortly" with 503, never a stack trace.
 */
@ControllerAdvice
class ApiProblemAdvice {

	private final ServerRequestCache requestCache = new CookieServerRequestCache();

	private final SessionCookies sessions;

	ApiProblemAdvice(SessionCookies sessions) {
		this.sessions = sessions;
	}

	@ExceptionHandler(ApiProblem.class)
	Mono<String> problem(ApiProblem problem, ServerWebExchange exchange, Model model) {
		if (problem.is(401)) {
			this.sessions.signOut(exchange);
			return this.requestCache.saveRequest(exchange).thenReturn("redirect:" + SecurityConfiguration.LOGIN_START);
		}
		HttpStatus status = problem.is(403) ? HttpStatus.FORBIDDEN
				: problem.is(404) ? HttpStatus.NOT_FOUND : HttpStatus.SERVICE_UNAVAILABLE;
		return page(exchange, model, status);
	}

	@ExceptionHandler(WebClientRequestException.class)
	Mono<String> unreachable(ServerWebExchange exchange, Model model) {
		return page(exchange, model, HttpStatus.SERVICE_UNAVAILABLE);
	}

	private static Mono<String> page(ServerWebExchange exchange, Model model, HttpStatus status) {
		exchange.getResponse().setStatusCode(status);
		model.addAttribute("message", switch (status) {
			case FORBIDDEN -> "error.forbidden";
			case NOT_FOUND -> "error.notFound";
			default -> "error.unavailable";
		});
		return Mono.just("error/problem");
	}

}
