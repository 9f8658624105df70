package vn.onestop.intake.dossier;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.support.web.ProblemWebExceptionHandler;

/** Renders an {@link ActionConflict} like every other problem, plus its {@code allowedActions} array. */
@RestControllerAdvice
class ActionConflictAdvice {

	@ExceptionHandler(ActionConflict.class)
	ResponseEntity<ProblemDetail> conflict(ActionConflict conflict, ServerWebExchange exchange) {
		ProblemDetail body = ProblemWebExceptionHandler.render(conflict, exchange);
		body.setProperty("allowedActions", conflict.allowedActions());
		return ResponseEntity.status(conflict.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}
