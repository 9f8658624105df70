package vn.onestop.web.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.ApiProblem;
import vn.onestop.web.config.VietnamTime;

/**
 * The leader's queue day: tickets per field (issued, served, no-show, not served, waiting), waiting and service times
 * at p50 and p90, the no-show rate and each counter, as intake's queue statistics answer them with the leader's
 * token. The day goes to intake as typed; its field error comes back beside the input.
 */
@Controller
class QueueDayController {

	private final QueueClient queue;

	private final Clock clock;

	QueueDayController(QueueClient queue, Clock clock) {
		this.queue = queue;
		this.clock = clock;
	}

	@GetMapping("/leader/queue")
	Mono<String> day(@RequestParam(name = "day", required = false) String asked,
			@RequestParam(name = "ward", required = false) String wardParameter, ServerWebExchange exchange,
			Model model) {
		String day = asked == null || asked.isBlank() ? LocalDate.now(this.clock.withZone(VietnamTime.ZONE)).toString()
				: asked.strip();
		model.addAttribute("day", day);
		model.addAttribute("errors", Map.of());
		return OwnWard.of(wardParameter).flatMap(ward -> {
			model.addAttribute("ward", ward);
			return this.queue.statistics(ward, day)
				.doOnNext(statistics -> model.addAttribute("statistics", statistics))
				.thenReturn("queue/day")
				.onErrorResume(ApiProblem.class, problem -> {
					if (!problem.is(400)) {
						return Mono.error(problem);
					}
					exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
					model.addAttribute("errors", problem.fieldErrors());
					return Mono.just("queue/day");
				});
		});
	}

}
