package vn.onestop.gateway.fallback;

import java.net.URI;
import java.util.Set;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.onestop.gateway.routing.BreakerProperties;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;
import vn.onestop.support.web.ProblemWebExceptionHandler;

/**
 * What the client gets when a service could not answer: 504 when it was too slow, 503 when it was
 * down or its breaker is open, always as problem+json and never after more than the configured timeout.
 */
@RestController
class FallbackResource {

	private final UpstreamFailures failures;

	FallbackResource(BreakerProperties breaker) {
		this.failures = new UpstreamFailures(breaker.openFor());
	}

	@RequestMapping("/fallback/{service}")
	Mono<ResponseEntity<ProblemDetail>> fallback(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		if (cause == null) {
			return Mono.error(new ProblemException(org.springframework.http.HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
					"Not found", "No resource exists at this path."));
		}
		UpstreamFailures.Answer answer = this.failures.classify(service, cause);
		ProblemDetail body = ProblemWebExceptionHandler.render(answer.problem(), exchange);
		body.setInstance(originalPath(exchange));
		ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.problem().status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		answer.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)));
		return Mono.just(response.body(body));
	}

	private static URI originalPath(ServerWebExchange exchange) {
		Set<URI> original = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
		URI first = original == null || original.isEmpty() ? exchange.getRequest().getURI() : original.iterator().next();
		return URI.create(first.getRawPath());
	}

}
