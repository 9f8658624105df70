package vn.onestop.intake.queue.serving;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.support.web.ProblemWebExceptionHandler;

/** Renders a {@link QueueConflict} like every other problem, plus its properties. */
@RestControllerAdvice
class QueueConflictAdvice {

	@ExceptionHandler(QueueConflict.class)
	ResponseEntity<ProblemDetail> conflict(QueueConflict conflict, ServerWebExchange exchange) {
		ProblemDetail body = ProblemWebExceptionHandler.render(conflict, exchange);
		conflict.properties().forEach(body::setProperty);
		return ResponseEntity.status(conflict.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}
