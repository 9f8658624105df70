package vn.onestop.web.officer;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.ApiProblem;
import vn.onestop.web.procedures.Procedure;
import vn.onestop.web.procedures.ProcedureCatalogue;

/**
 * Filing a dossier at the counter: pick the procedure (searched without accents, htmx as one types), then one form
 * with the documents checklist and their counts, the submitter found by ID number in citizen-service or typed in,
 * and the appointment a dossier filed now would get; filing opens the receipt. Intake checks everything and its
 * field errors come back at their inputs.
 */
@Controller
class FilingController {

	private final ProcedureCatalogue catalogue;

	private final FilingClient filing;

	FilingController(ProcedureCatalogue catalogue, FilingClient filing) {
		this.catalogue = catalogue;
		this.filing = filing;
	}

	@GetMapping("/officer/file")
	Mono<String> pick(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "ticket", required = false) String ticket,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("q", query.strip());
		model.addAttribute("ticket", FilingForm.queueTicket(ticket));
		return this.catalogue.search(query.strip())
			.doOnNext(found -> model.addAttribute("procedures", found))
			.thenReturn(htmx != null ? "officer/file-pick :: results" : "officer/file-pick");
	}

	@GetMapping("/officer/file/{procedure}")
	Mono<String> form(@PathVariable String procedure,
			@RequestParam(name = "ticket", required = false) String ticket, Model model) {
		return Mono.zip(this.catalogue.one(procedure), OfficerWards.current())
			.flatMap(found -> render(found.getT1(),
					FilingForm.fresh(found.getT1(), firstWard(found.getT2())).fromTicket(ticket), Map.of(), null,
					found.getT2(), model));
	}

	/** The submitter by ID number, posted (an ID number never goes in a URL); htmx swaps only the submitter part. */
	@PostMapping(path = "/officer/file/{procedure}/submitter", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> findSubmitter(@PathVariable String procedure,
			ServerWebExchange exchange, Model model) {
		return Mono.zip(this.catalogue.one(procedure), exchange.getFormData(),
				OfficerWards.current())
			.flatMap(found -> {
				FilingForm form = FilingForm.posted(found.getT2());
				return this.filing.citizen(form.idNumber())
					.map(submitter -> {
						form.fillSubmitter(submitter);
						model.addAttribute("lookup", "found");
						return Map.<String, String>of();
					})
					.switchIfEmpty(Mono.fromSupplier(() -> {
						model.addAttribute("lookup", "not-found");
						return Map.of();
					}))
					.onErrorResume(ApiProblem.class, problem -> problem.status() == 400
							? Mono.just(Map.of("submitter.idNumber", problem.fieldErrors()
								.getOrDefault("idNumber", "is invalid")))
							: Mono.error(problem))
					.flatMap(errors -> render(found.getT1(), form, errors, null, found.getT3(), model));
			});
	}

	@PostMapping(path = "/officer/file/{procedure}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> file(@PathVariable String procedure,
			ServerWebExchange exchange, Model model) {
		return Mono.zip(this.catalogue.one(procedure), exchange.getFormData(),
				OfficerWards.current())
			.flatMap(found -> {
				FilingForm form = FilingForm.posted(found.getT2());
				return this.filing.file(form.body(found.getT1()), form.idempotencyKey())
					.map(code -> "redirect:/officer/dossiers/" + code + "/receipt")
					.onErrorResume(ApiProblem.class, problem -> {
						if (problem.status() >= 500 || problem.is(401)) {
							return Mono.error(problem);
						}
						exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
						return render(found.getT1(), form, form.errorsAtInputs(problem.fieldErrors()), problem.kind(),
								found.getT3(), model);
					});
			});
	}

	private Mono<String> render(Procedure procedure, FilingForm form, Map<String, String> errors, String problem,
			List<String> wards, Model model) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("form", form.values());
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("wards", wards);
		return this.catalogue.appointment(procedure, form.ward())
			.doOnNext(appointment -> model.addAttribute("appointment", appointment))
			.onErrorResume(ApiProblem.class, unavailable -> Mono.empty())
			.thenReturn("officer/file");
	}

	private static String firstWard(List<String> wards) {
		return wards.isEmpty() ? "" : wards.get(0);
	}

}
