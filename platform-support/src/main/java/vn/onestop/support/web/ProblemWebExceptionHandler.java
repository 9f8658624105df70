package vn.onestop.support.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Answers every error, from any layer (routing, codecs, controllers, filters), as RFC 9457
 * {@code application/problem+json} carrying the request id. Runs before Spring Boot's own error handler.
 */
public final class ProblemWebExceptionHandler implements WebExceptionHandler, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ProblemWebExceptionHandler.class);

	private final ProblemMapper mapper = new ProblemMapper();

	private final ServerResponse.Context context;

	public ProblemWebExceptionHandler(ServerCodecConfigurer codecs) {
		List<HttpMessageWriter<?>> writers = codecs.getWriters();
		this.context = new ServerResponse.Context() {
			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return writers;
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}
		};
	}

	@Override
	public int getOrder() {
		return -2;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(error);
		}
		ProblemException problem = this.mapper.toProblem(error);
		if (ProblemTypes.DATABASE_UNAVAILABLE.equals(problem.kind())) {
			// class names only: a driver's message may quote SQL and its parameters
			log.warn("Database unavailable on {} {}: {} caused by {}", exchange.getRequest().getMethod(),
					exchange.getRequest().getPath(), DatabaseUnavailable.causeIn(error).getClass().getName(),
					rootCause(error).getClass().getName());
		}
		else if (problem.status().is5xxServerError() && !(error instanceof ProblemException)) {
			log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
		}
		ProblemDetail body = render(problem, exchange);
		return ServerResponse.status(problem.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.headers(headers -> {
				headers.putAll(problemHeaders(error));
				problem.headers().forEach(headers::put);
			})
			.bodyValue(body)
			.flatMap(response -> response.writeTo(exchange, this.context));
	}

	public static ProblemDetail render(ProblemException problem, ServerWebExchange exchange) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
		body.setType(ProblemTypes.of(problem.kind()));
		body.setTitle(problem.title());
		body.setInstance(java.net.URI.create(exchange.getRequest().getPath().value()));
		body.setProperty("requestId", RequestIds.of(exchange.getRequest()));
		if (!problem.fieldErrors().isEmpty()) {
			body.setProperty("errors", problem.fieldErrors());
		}
		return body;
	}

	private static Throwable rootCause(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private static Map<String, List<String>> problemHeaders(Throwable error) {
		if (error instanceof org.springframework.web.ErrorResponse response) {
			return response.getHeaders().asMultiValueMap();
		}
		return Map.of();
	}

}
