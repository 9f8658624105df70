package vn.onestop.web.lookup;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.Api;
import vn.onestop.web.api.ApiProblem;

/**
 * The public dossier look-up. {@code /lookup?code=...} (the receipt's QR code) opens the form with the code filled
 * in; the phone digits are only ever posted, never put in a URL. The API's field errors are shown at their fields.
 */
@Controller
class LookupController {

	private final Api api;

	LookupController(Api api) {
		this.api = api;
	}

	@GetMapping("/lookup")
	String form(@RequestParam(name = "code", defaultValue = "") String code, Model model) {
		model.addAttribute("form", new LookupForm(code, ""));
		model.addAttribute("errors", Map.of());
		return "lookup/lookup";
	}

	@PostMapping(path = "/lookup", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> lookUp(@ModelAttribute LookupForm form, Model model, ServerWebExchange exchange) {
		model.addAttribute("form", new LookupForm(form.code(), ""));
		model.addAttribute("errors", Map.of());
		return this.api.anonymous()
			.post()
			.uri("/intake/lookup")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(form)
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(FoundDossier.class)
			.doOnNext(found -> model.addAttribute("found", found))
			.thenReturn("lookup/lookup")
			.onErrorResume(ApiProblem.class, problem -> {
				if (problem.status() >= 500) {
					return Mono.error(problem);
				}
				exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
				model.addAttribute("errors", problem.fieldErrors());
				model.addAttribute("problem", problem.status() == 404 ? "not-found"
						: problem.status() == 429 ? "too-many" : problem.fieldErrors().isEmpty() ? "invalid" : null);
				model.addAttribute("retryAfter", problem.retryAfterSeconds());
				return Mono.just("lookup/lookup");
			});
	}

}
