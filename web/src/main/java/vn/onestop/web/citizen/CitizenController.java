package vn.onestop.web.citizen;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
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
 * A signed-in citizen's page: their own dossiers (intake, by the personal ID number of their token) and their
 * notification preferences (citizen-service, their own record), which they may change, consent included. The API
 * decides whose dossiers and record these are; the page only shows them and passes the change on.
 */
@Controller
class CitizenController {

	private static final ParameterizedTypeReference<List<OwnRecord.Dossier>> DOSSIERS = new ParameterizedTypeReference<>() {
	};

	private static final MediaType MERGE_PATCH = MediaType.valueOf("application/merge-patch+json");

	private final Api api;

	CitizenController(Api api) {
		this.api = api;
	}

	@GetMapping("/citizen")
	Mono<String> page(@RequestParam(name = "saved", required = false) String saved, Model model) {
		model.addAttribute("saved", saved != null);
		return show(model, Map.of(), null);
	}

	@PostMapping(path = "/citizen/preferences", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> change(@ModelAttribute OwnRecord.PreferencesForm form, Model model, ServerWebExchange exchange) {
		model.addAttribute("saved", false);
		return record().flatMap(citizen -> this.api.asUser()
			.patch()
			.uri("/citizens/{id}", citizen.id())
			.contentType(MERGE_PATCH)
			.header(HttpHeaders.IF_MATCH, "\"" + (form.version() == null ? citizen.version() : form.version()) + "\"")
			.bodyValue(Map.of("preferences", Map.of("channel", form.channel() == null ? "" : form.channel(), "consent",
					form.consents())))
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.toBodilessEntity()
			.thenReturn("redirect:/citizen?saved=1"))
			.onErrorResume(ApiProblem.class, problem -> {
				if (problem.status() >= 500 || problem.is(401) || problem.is(403) || problem.is(404)) {
					return Mono.error(problem);
				}
				exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
				model.addAttribute("typed", form);
				return show(model, problem.fieldErrors(), problem.is(412) || problem.is(428) ? "changed"
						: problem.fieldErrors().isEmpty() ? "invalid" : null);
			});
	}

	private Mono<String> show(Model model, Map<String, String> errors, String failure) {
		model.addAttribute("errors", errors);
		model.addAttribute("failure", failure);
		model.addAttribute("channels", OwnRecord.CHANNELS);
		Mono<List<OwnRecord.Dossier>> dossiers = this.api.asUser()
			.get()
			.uri("/intake/my-dossiers")
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(DOSSIERS);
		Mono<Object> citizen = record().<Object>map(found -> found)
			.onErrorResume(ApiProblem.class, problem -> problem.is(404) ? Mono.just(Boolean.FALSE) : Mono.error(problem));
		return Mono.zip(dossiers, citizen).doOnNext(found -> {
			model.addAttribute("dossiers", found.getT1());
			if (found.getT2() instanceof OwnRecord.Citizen own) {
				model.addAttribute("citizen", own);
			}
		}).thenReturn("citizen/mine");
	}

	private Mono<OwnRecord.Citizen> record() {
		return this.api.asUser()
			.get()
			.uri("/citizens/me")
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(OwnRecord.Citizen.class);
	}

}
