package vn.onestop.web.procedures;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.ApiProblem;

/** The public catalogue: search without accents, a procedure's documents, fee, time and appointment preview. */
@Controller
class ProcedureController {

	private final ProcedureCatalogue catalogue;

	ProcedureController(ProcedureCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/procedures")
	Mono<String> catalogue(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", query.strip());
		return this.catalogue.search(query)
			.doOnNext(found -> model.addAttribute("procedures", found))
			.then(Mono.just(htmx != null ? "procedures/catalogue :: results" : "procedures/catalogue"));
	}

	@GetMapping("/procedures/{code}")
	Mono<String> procedure(@PathVariable String code, @RequestParam(name = "ward", required = false) String ward,
			Model model, ServerWebExchange exchange) {
		return this.catalogue.one(code).flatMap(procedure -> {
			model.addAttribute("procedure", procedure);
			return this.catalogue.appointment(procedure, ward)
				.doOnNext(appointment -> model.addAttribute("appointment", appointment))
				.onErrorResume(ApiProblem.class, unavailable -> Mono.empty())
				.thenReturn("procedures/procedure");
		}).onErrorResume(ApiProblem.class, problem -> {
			if (!problem.is(404)) {
				return Mono.error(problem);
			}
			exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
			model.addAttribute("code", code);
			return Mono.just("procedures/not-found");
		});
	}

}
