package vn.onestop.web.officer;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.ApiProblem;

/**
 * One dossier for the officer: everything on its receipt, its timeline, and a form or a button for each action
 * intake allows now. A refused action comes back to the same page with intake's field errors at their fields.
 */
@Controller
class DossierController {

	private final DossierClient dossiers;

	DossierController(DossierClient dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/officer/dossiers/{code}")
	Mono<String> dossier(@PathVariable String code, @RequestParam(name = "done", required = false) String done,
			Model model, ServerWebExchange exchange) {
		DossierAction.of(done == null ? "" : done).ifPresent(action -> model.addAttribute("done", action));
		return page(code, model, exchange, null, Map.of(), new LinkedMultiValueMap<>(), null);
	}

	@PostMapping(path = "/officer/dossiers/{code}/actions/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> act(@PathVariable String code, @PathVariable String action, Model model, ServerWebExchange exchange) {
		DossierAction known = DossierAction.of(action).orElse(null);
		if (known == null) {
			return Mono.error(new ApiProblem(404, "not-found", "Unknown action", Map.of(), null));
		}
		return exchange.getFormData().flatMap(form -> this.dossiers.act(code, action, known.body(form))
			.thenReturn("redirect:/officer/dossiers/" + code + "?done=" + action)
			.onErrorResume(ApiProblem.class, problem -> {
				if (problem.status() >= 500 || problem.is(401) || problem.is(404)) {
					return Mono.error(problem);
				}
				exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
				return page(code, model, exchange, known, problem.fieldErrors(), form, problem.kind());
			}));
	}

	private Mono<String> page(String code, Model model, ServerWebExchange exchange, DossierAction failed,
			Map<String, String> errors, MultiValueMap<String, String> form, String problem) {
		model.addAttribute("failed", failed);
		model.addAttribute("errors", errors);
		// what was typed, back in the failed action's own inputs (ids "<action>-<field>")
		Map<String, String> typed = new java.util.HashMap<>();
		if (failed != null) {
			form.toSingleValueMap().forEach((field, value) -> typed.put(failed.api() + "-" + field, value));
		}
		model.addAttribute("typed", typed);
		model.addAttribute("problem", problem);
		return Mono.zip(this.dossiers.dossier(code), this.dossiers.receipt(code), this.dossiers.history(code))
			.doOnNext(found -> {
				model.addAttribute("dossier", found.getT1());
				model.addAttribute("receipt", found.getT2());
				model.addAttribute("history", found.getT3());
				model.addAttribute("actions", DossierAction.offered(found.getT1().allowedActions()));
				model.addAttribute("apologized", found.getT3().stream().anyMatch(entry -> "apologize".equals(entry.action())));
			})
			.thenReturn("officer/dossier")
			.onErrorResume(ApiProblem.class, missing -> {
				if (!missing.is(404)) {
					return Mono.error(missing);
				}
				exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
				model.addAttribute("code", code);
				return Mono.just("officer/dossier-not-found");
			});
	}

}
