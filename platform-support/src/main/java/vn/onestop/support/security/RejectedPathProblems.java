package vn.onestop.support.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/**
 * Answers a request that Spring Security's firewall refuses (an encoded slash, backslash, percent or NUL in the
 * path, {@code ..}, {@code ;}, {@code //}, a header that is not printable) as a 400 problem through the platform's
 * error handler, instead of the firewall's bare 400. The refused value is never echoed: it is what an attacker sent.
 */
final class RejectedPathProblems implements ServerExchangeRejectedHandler {

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
		return Mono.error(new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.REJECTED_PATH, "Request refused",
				"The path or a header holds something no route accepts: an encoded slash, backslash, percent sign or "
						+ "NUL, '..', ';', '//' or a control character."));
	}

}
