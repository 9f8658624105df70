package vn.onestop.web.officer;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
import vn.onestop.web.officer.DossierDetails.Dossier;

/**
 * One dossier for the officer: everything on its receipt, its timeline, and a form or a button for each action
 * intake allows now. A refused action comes back to the same page with intake's field errors at their fields. A
 * second supplement request or apology, which intake refuses to an officer (leader-approval-required), can be sent
 * from the same form to the ward leader for approval; the page then shows that it waits.
 */
@Controller
class DossierController {

	/** The problems after which asking the leader is the way on: intake wants a leader, or the request lacked a field. */
	private static final Set<String> APPROVAL_WAY_ON = Set.of("leader-approval-required", "action-details",
			"validation");

	private final DossierClient dossiers;

	DossierController(DossierClient dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/officer/dossiers/{code}")
	Mono<String> dossier(@PathVariable String code, @RequestParam(name = "done", required = false) String done,
			@RequestParam(name = "asked", required = false) String asked, Model model, ServerWebExchange exchange) {
		DossierAction.of(done == null ? "" : done).ifPresent(action -> model.addAttribute("done", action));
		DossierAction.of(asked == null ? "" : asked).filter(DossierAction::leaderMayApprove)
			.ifPresent(action -> model.addAttribute("asked", action));
		model.addAttribute("corrected", SubmitterCorrection.DONE.equals(done));
		return page(code, model, exchange, Failure.NONE, null);
	}

	/** The submitter citizen-service refused, corrected: intake checks it as at filing and tries the link again. */
	@PostMapping(path = "/officer/dossiers/{code}/submitter", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> correctSubmitter(@PathVariable String code, Model model, ServerWebExchange exchange) {
		return exchange.getFormData().map(SubmitterCorrection::posted)
			.flatMap(typed -> this.dossiers.correctSubmitter(code, SubmitterCorrection.body(typed))
				.thenReturn("redirect:/officer/dossiers/" + code + "?done=" + SubmitterCorrection.DONE)
				.onErrorResume(ApiProblem.class, problem -> {
					if (problem.status() >= 500 || problem.is(401) || problem.is(404)) {
						return Mono.error(problem);
					}
					exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
					model.addAttribute("correctionProblem", problem.kind());
					return page(code, model, exchange, Failure.NONE,
							new Correction(typed, SubmitterCorrection.atInputs(problem.fieldErrors())));
				}));
	}

	@PostMapping(path = "/officer/dossiers/{code}/actions/{action}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> act(@PathVariable String code, @PathVariable String action, Model model, ServerWebExchange exchange) {
		DossierAction known = DossierAction.of(action).orElse(null);
		if (known == null) {
			return Mono.error(new ApiProblem(404, "not-found", "Unknown action", Map.of(), null));
		}
		return exchange.getFormData().flatMap(form -> this.dossiers.act(code, action, known.body(form))
			.thenReturn("redirect:/officer/dossiers/" + code + "?done=" + action)
			.onErrorResume(ApiProblem.class, problem -> refused(code, model, exchange, known, form, problem, false)));
	}

	@PostMapping(path = "/officer/dossiers/{code}/approval-requests/{action}",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> askApproval(@PathVariable String code, @PathVariable String action, Model model,
			ServerWebExchange exchange) {
		DossierAction known = DossierAction.of(action).filter(DossierAction::leaderMayApprove).orElse(null);
		if (known == null) {
			return Mono.error(new ApiProblem(404, "not-found", "Not an action a leader approves", Map.of(), null));
		}
		return exchange.getFormData().flatMap(form -> this.dossiers.askApproval(code, action, known.body(form))
			.thenReturn("redirect:/officer/dossiers/" + code + "?asked=" + action)
			.onErrorResume(ApiProblem.class, problem -> refused(code, model, exchange, known, form, problem, true)));
	}

	private Mono<String> refused(String code, Model model, ServerWebExchange exchange, DossierAction action,
			MultiValueMap<String, String> form, ApiProblem problem, boolean askingApproval) {
		if (problem.status() >= 500 || problem.is(401) || problem.is(404)) {
			return Mono.error(problem);
		}
		exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
		boolean offerApproval = action.leaderMayApprove() && APPROVAL_WAY_ON.contains(problem.kind())
				&& (askingApproval || "leader-approval-required".equals(problem.kind()));
		return page(code, model, exchange, new Failure(action, problem.fieldErrors(), form, problem.kind(), offerApproval),
				null);
	}

	private Mono<String> page(String code, Model model, ServerWebExchange exchange, Failure failure,
			Correction correction) {
		model.addAttribute("failed", failure.action());
		model.addAttribute("errors", failure.errors());
		// what was typed, back in the failed action's own inputs (ids "<action>-<field>")
		Map<String, String> typed = new HashMap<>();
		if (failure.action() != null) {
			failure.form().toSingleValueMap().forEach((field, value) -> typed.put(failure.action().api() + "-" + field, value));
		}
		model.addAttribute("typed", typed);
		model.addAttribute("problem", failure.problem());
		return Mono.zip(this.dossiers.dossier(code), this.dossiers.receipt(code), this.dossiers.history(code),
				this.dossiers.waitingApprovals(code))
			.doOnNext(found -> {
				model.addAttribute("dossier", found.getT1());
				model.addAttribute("receipt", found.getT2());
				model.addAttribute("history", found.getT3());
				model.addAttribute("actions", DossierAction.offered(found.getT1().allowedActions()));
				model.addAttribute("apologized", found.getT3().stream().anyMatch(entry -> "apologize".equals(entry.action())));
				model.addAttribute("waiting", found.getT4());
				// one request waits per dossier at a time: while one does, asking again is not offered
				model.addAttribute("offerApproval", failure.offerApproval() && found.getT4().isEmpty());
				correctionForm(found.getT1(), correction, model);
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

	/** The correction form while citizen-service refuses the submitter: as posted after a failure, else as held. */
	private static void correctionForm(Dossier dossier, Correction posted, Model model) {
		Map<String, String> errors = posted != null ? posted.errors()
				: SubmitterCorrection.atInputs(dossier.citizenLink() == null ? null : dossier.citizenLink().refusal());
		model.addAttribute("submitterForm", posted != null ? posted.typed() : SubmitterCorrection.of(dossier.submitter()));
		model.addAttribute("submitterErrors", errors);
		model.addAttribute("submitterErrorsElsewhere", SubmitterCorrection.elsewhere(errors));
	}

	/** A correction intake refused: what was typed and its field errors at their inputs. */
	private record Correction(Map<String, String> typed, Map<String, String> errors) {
	}

	/** An action intake refused: which, its field errors, what was typed, the problem's kind, and the way on. */
	private record Failure(DossierAction action, Map<String, String> errors, MultiValueMap<String, String> form,
			String problem, boolean offerApproval) {

		static final Failure NONE = new Failure(null, Map.of(), new LinkedMultiValueMap<>(), null,
				false);

	}

}
