package vn.onestop.web.queue;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.config.WebProperties;

/**
 * The counter console of an officer or leader: the counter chosen from the centre's set-up (and remembered), the
 * ticket it holds with the actions intake allows, and the waiting list of its fields. The list is a fragment of the
 * same template ({@code /counter/waiting}) that the page's script fetches again whenever the ward's public event
 * stream says something changed.
 */
@Controller
class CounterController {

	private final QueueClient queue;

	private final boolean secureCookies;

	CounterController(QueueClient queue, WebProperties web) {
		this.queue = queue;
		this.secureCookies = web.secureCookies();
	}

	@GetMapping("/counter")
	Mono<String> console(@RequestParam(name = "counter", required = false) Integer asked,
			@RequestParam(name = "ward", required = false) String wardParameter, ServerWebExchange exchange,
			Model model) {
		int counter = CounterChoice.of(asked, exchange, this.secureCookies);
		return OwnWard.of(wardParameter).flatMap(ward -> render(ward, counter, Map.of(), model, exchange));
	}

	@GetMapping("/counter/waiting")
	Mono<String> waiting(@RequestParam(name = "counter") int counter,
			@RequestParam(name = "ward", required = false) String wardParameter, ServerWebExchange exchange,
			Model model) {
		return OwnWard.of(wardParameter).flatMap(ward -> render(ward, counter, Map.of(), model, exchange))
			.map(view -> view.equals("queue/counter") ? "queue/counter :: waiting" : view);
	}

	/**
	 * The console of {@code counter}, or the chooser when the set-up has no such counter; {@code said} holds a
	 * notice, a refusal or field errors from the action just tried.
	 */
	Mono<String> render(String ward, int counter, Map<String, Object> said, Model model, ServerWebExchange exchange) {
		model.addAttribute("ward", ward);
		model.addAllAttributes(said);
		model.addAttribute("errors", said.getOrDefault("errors", Map.of()));
		return this.queue.setup(ward).flatMap(setup -> {
			model.addAttribute("setup", setup);
			CenterSetup.Counter chosen = setup.counter(counter);
			if (chosen == null) {
				if (counter != 0) {
					exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
					model.addAttribute("unknownCounter", counter);
				}
				return Mono.just("queue/counter-choice");
			}
			return this.queue.tickets(ward, CounterConsole.STATUSES).map(tickets -> {
				model.addAttribute("console", CounterConsole.of(setup, chosen, tickets));
				return "queue/counter";
			});
		});
	}

}
