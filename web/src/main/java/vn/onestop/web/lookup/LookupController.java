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
import vn.onestop.web.api.WardNames;

/**
 * The public dossier look-up and the rating of a returned dossier. {@code /lookup?code=...} (the receipt's QR code)
 * opens the form with the code filled in; the phone digits are only ever posted, never put in a URL. The API's
 * field errors are shown at their fields; the ward is shown by its name from the ward registry.
 */
@Controller
class LookupController {

	private static final String VIEW = "lookup/lookup";

	private final Api api;

	private final WardNames wards;

	LookupController(Api api, WardNames wards) {
		this.api = api;
		this.wards = wards;
	}

	@GetMapping("/lookup")
	String form(@RequestParam(name = "code", defaultValue = "") String code, Model model) {
		model.addAttribute("form", new LookupForm(code, ""));
		model.addAttribute("errors", Map.of());
		return VIEW;
	}

	@PostMapping(path = "/lookup", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> lookUp(@ModelAttribute LookupForm form, Model model, ServerWebExchange exchange) {
		model.addAttribute("form", new LookupForm(form.code(), ""));
		model.addAttribute("errors", Map.of());
		return find(form, model).thenReturn(VIEW).onErrorResume(ApiProblem.class, problem -> {
			if (problem.status() >= 500) {
				return Mono.error(problem);
			}
			exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
			model.addAttribute("errors", problem.fieldErrors());
			model.addAttribute("problem", problem.status() == 404 ? "not-found"
					: problem.status() == 429 ? "too-many" : problem.fieldErrors().isEmpty() ? "invalid" : null);
			model.addAttribute("retryAfter", problem.retryAfterSeconds());
			return Mono.just(VIEW);
		});
	}

	@PostMapping(path = "/lookup/rating", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> rate(@ModelAttribute RatingForm form, Model model, ServerWebExchange exchange) {
		model.addAttribute("form", new LookupForm(form.code(), ""));
		model.addAttribute("errors", Map.of());
		model.addAttribute("rating", form);
		model.addAttribute("ratingErrors", Map.of());
		Mono<String> rated = this.api.anonymous()
			.post()
			.uri("/intake/dossiers/{code}/rating", form.code())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(form.body())
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.toBodilessEntity()
			.doOnNext(created -> model.addAttribute("ratingOutcome", "thanks"))
			.thenReturn(VIEW)
			.onErrorResume(ApiProblem.class, problem -> {
				if (problem.status() >= 500) {
					return Mono.error(problem);
				}
				exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
				model.addAttribute("ratingErrors", problem.fieldErrors());
				model.addAttribute("ratingOutcome", problem.fieldErrors().isEmpty() ? outcome(problem) : null);
				model.addAttribute("retryAfter", problem.retryAfterSeconds());
				return Mono.just(VIEW);
			});
		return rated.flatMap(view -> find(form.lookup(), model).onErrorResume(ApiProblem.class, gone -> Mono.empty())
			.thenReturn(view));
	}

	private Mono<FoundDossier> find(LookupForm form, Model model) {
		return this.api.anonymous()
			.post()
			.uri("/intake/lookup")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(form)
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(FoundDossier.class)
			.flatMap(found -> this.wards.of(found.wardCode()).doOnNext(name -> {
				model.addAttribute("found", found);
				model.addAttribute("wardName", name);
				model.addAttribute("secret", form);
			}).thenReturn(found));
	}

	private static String outcome(ApiProblem problem) {
		// the services' types are URNs (urn:onestop:problem:already-rated) or URLs: the last segment names the kind
		if (problem.kind().endsWith("already-rated")) {
			return "already-rated";
		}
		if (problem.kind().endsWith("rating-not-allowed")) {
			return "not-yet";
		}
		return problem.status() == 429 ? "too-many" : problem.status() == 404 ? "not-found" : "invalid";
	}

}
