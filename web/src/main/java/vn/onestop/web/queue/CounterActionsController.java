package vn.onestop.web.queue;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.ApiProblem;

/**
 * The counter's buttons, each a plain form posted with its CSRF token: call next, and an action on the ticket the
 * counter holds (recall, no-show, transfer, start, finish), and reactivating a no-show who came back. Done, the console is shown again (post, redirect, get); a
 * refusal (409) shows intake's Vietnamese reason on the console, a 400 its field errors beside their inputs.
 */
@Controller
class CounterActionsController {

	private final QueueClient queue;

	private final CounterController console;

	private final QueueRefusals refusals;

	CounterActionsController(QueueClient queue, CounterController console, QueueRefusals refusals) {
		this.queue = queue;
		this.console = console;
		this.refusals = refusals;
	}

	@PostMapping(path = "/counter/call", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> call(ServerWebExchange exchange, Model model) {
		return exchange.getFormData().flatMap(form -> OwnWard.of(form.getFirst("ward")).flatMap(ward -> {
			int counter = counter(form);
			return this.queue.call(ward, counter)
				.map(called -> back(ward, counter))
				.switchIfEmpty(Mono.defer(() -> this.console.render(ward, counter, Map.of("notice", "counter.nobodyWaiting"),
						model, exchange)))
				.onErrorResume(ApiProblem.class, problem -> refused(problem, ward, counter, model, exchange));
		}));
	}

	@PostMapping(path = "/counter/tickets/{number:[A-Z]{1,3}\\d{3}}/{action:recall|no-show|reactivate|transfer|start|finish}",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> act(@PathVariable String number, @PathVariable String action, ServerWebExchange exchange, Model model) {
		return exchange.getFormData().flatMap(form -> OwnWard.of(form.getFirst("ward")).flatMap(ward -> {
			int counter = counter(form);
			return this.queue.act(ward, number, action, body(action, counter, form))
				.map(done -> back(ward, counter))
				.onErrorResume(ApiProblem.class, problem -> refused(problem, ward, counter, model, exchange));
		}));
	}

	private Mono<String> refused(ApiProblem problem, String ward, int counter, Model model, ServerWebExchange exchange) {
		if (!problem.is(400) && !problem.is(409)) {
			return Mono.error(problem);
		}
		exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
		Map<String, Object> said = new LinkedHashMap<>();
		if (problem.is(409)) {
			said.put("refusal", this.refusals.of(problem, null));
		}
		said.put("errors", problem.fieldErrors());
		return this.console.render(ward, counter, said, model, exchange);
	}

	private static String back(String ward, int counter) {
		return "redirect:/counter?counter=" + counter + "&ward=" + ward;
	}

	private static Map<String, Object> body(String action, int counter, MultiValueMap<String, String> form) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("counter", counter);
		if ("transfer".equals(action)) {
			body.put("field", blankToNull(form.getFirst("field")));
		}
		if ("finish".equals(action)) {
			String outcome = blankToNull(form.getFirst("outcome"));
			body.put("outcome", outcome);
			if ("REFUSED".equals(outcome)) {
				body.put("reason", blankToNull(form.getFirst("reason")));
			}
		}
		return body;
	}

	private static int counter(MultiValueMap<String, String> form) {
		String value = form.getFirst("counter");
		return value != null && value.matches("[1-9]\\d?") ? Integer.parseInt(value) : 0;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
