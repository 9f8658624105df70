package vn.onestop.web.officer;

import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.ApiProblem;

/**
 * Citizen search for officers (citizen-service folds accents, tone placement and i/y) and a citizen's record with
 * its history. The name searched for is posted, so it never lands in a URL.
 */
@Controller
class CitizenSearchController {

	private final CitizenRecords citizens;

	CitizenSearchController(CitizenRecords citizens) {
		this.citizens = citizens;
	}

	@GetMapping("/officer/citizens")
	String form(Model model) {
		model.addAttribute("name", "");
		model.addAttribute("errors", Map.of());
		return "officer/citizens";
	}

	@PostMapping(path = "/officer/citizens", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> search(ServerWebExchange exchange, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		String view = htmx != null ? "officer/citizens :: results" : "officer/citizens";
		return exchange.getFormData().flatMap(form -> {
			String name = form.getFirst("name") == null ? "" : form.getFirst("name").strip();
			model.addAttribute("name", name);
			model.addAttribute("errors", Map.of());
			return this.citizens.search(name)
				.doOnNext(found -> model.addAttribute("found", found))
				.thenReturn(view)
				.onErrorResume(ApiProblem.class, problem -> {
					if (problem.status() != 400) {
						return Mono.error(problem);
					}
					exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
					model.addAttribute("errors", Map.of("name", problem.fieldErrors().getOrDefault("name",
							"is invalid")));
					return Mono.just(view);
				});
		});
	}

	@GetMapping("/officer/citizens/{id}")
	Mono<String> citizen(@PathVariable UUID id, Model model) {
		return Mono.zip(this.citizens.citizen(id), this.citizens.history(id)).map(found -> {
			model.addAttribute("citizen", found.getT1());
			model.addAttribute("history", found.getT2());
			return "officer/citizen";
		});
	}

}
