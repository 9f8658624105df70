package vn.onestop.web.leader;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.Api;
import vn.onestop.web.api.ApiProblem;

/**
 * The approvals waiting for a ward leader: second supplement requests and apologies asked by officers, each with an
 * approve form and a refuse form (with its reason). intake decides who may see and decide them; a refusal without a
 * reason comes back with the API's field error beside the reason, an approval intake can no longer make says why.
 */
@Controller
class ApprovalsController {

	private static final ParameterizedTypeReference<List<Approval>> LIST = new ParameterizedTypeReference<>() {
	};

	private final Api api;

	ApprovalsController(Api api) {
		this.api = api;
	}

	@GetMapping("/leader/approvals")
	Mono<String> waiting(@RequestParam(name = "done", required = false) String done, Model model) {
		model.addAttribute("done", "approved".equals(done) || "refused".equals(done) ? done : null);
		return page(model, null, Map.of(), null);
	}

	@PostMapping(path = "/leader/approvals/{id}/approval", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> approve(@PathVariable UUID id, Model model, ServerWebExchange exchange) {
		return decide(id, "approval", Map.of(), "approved", model, exchange);
	}

	@PostMapping(path = "/leader/approvals/{id}/refusal", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> refuse(@PathVariable UUID id, ServerWebExchange exchange, Model model) {
		return exchange.getFormData()
			.map(form -> form.getFirst("reason") == null ? "" : form.getFirst("reason"))
			.flatMap(reason -> decide(id, "refusal", Map.of("reason", reason), "refused", model, exchange));
	}

	private Mono<String> decide(UUID id, String decision, Map<String, String> body, String done, Model model,
			ServerWebExchange exchange) {
		return this.api.asUser()
			.post()
			.uri("/intake/approval-requests/{id}/{decision}", id, decision)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.toBodilessEntity()
			.thenReturn("redirect:/leader/approvals?done=" + done)
			.onErrorResume(ApiProblem.class, problem -> {
				if (problem.status() >= 500 || problem.is(401) || problem.is(403)) {
					return Mono.error(problem);
				}
				exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
				model.addAttribute("done", null);
				return page(model, id, problem.fieldErrors(), problem.fieldErrors().isEmpty() ? outcome(problem) : null)
					.doOnNext(view -> model.addAttribute("typedReason", body.get("reason")));
			});
	}

	private Mono<String> page(Model model, UUID failed, Map<String, String> errors, String failure) {
		model.addAttribute("failed", failed);
		model.addAttribute("errors", errors);
		model.addAttribute("failure", failure);
		return this.api.asUser()
			.get()
			.uri("/intake/approval-requests")
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(LIST)
			.doOnNext(approvals -> model.addAttribute("approvals", approvals))
			.thenReturn("leader/approvals");
	}

	/** Why intake could not decide: decided meanwhile, or the action is no longer allowed (the kind ends the type). */
	private static String outcome(ApiProblem problem) {
		if (problem.kind().endsWith("approval-decided")) {
			return "decided";
		}
		if (problem.kind().endsWith("apology-too-late")) {
			return "too-late";
		}
		return problem.is(404) ? "gone" : "not-allowed";
	}

}
