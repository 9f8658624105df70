package vn.onestop.web.admin;

import java.util.List;
import java.util.Map;

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
 * Procedures and their versions: the catalogue in force, one procedure with every version, and publishing a new
 * version (or a new procedure) through intake, which checks it and answers field errors shown beside the fields.
 */
@Controller
class ProcedureAdminController {

	private static final ParameterizedTypeReference<List<AdminProcedure>> VERSIONS = new ParameterizedTypeReference<>() {
	};

	private final Api api;

	ProcedureAdminController(Api api) {
		this.api = api;
	}

	@GetMapping("/admin/procedures")
	Mono<String> list(Model model) {
		return this.api.asUser()
			.get()
			.uri("/intake/procedures", uri -> uri.queryParam("size", 100).build())
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(AdminProcedure.Page.class)
			.doOnNext(page -> model.addAttribute("procedures", page))
			.thenReturn("admin/procedures");
	}

	@GetMapping("/admin/procedures/new")
	String creating(Model model) {
		model.addAttribute("form", VersionForm.blank());
		model.addAttribute("errors", Map.of());
		return "admin/procedure-new";
	}

	@GetMapping("/admin/procedures/{code}")
	Mono<String> one(@PathVariable String code, @RequestParam(name = "published", required = false) Integer published,
			Model model) {
		model.addAttribute("published", published);
		return versions(code).doOnNext(versions -> {
			model.addAttribute("versions", versions);
			model.addAttribute("latest", versions.get(0));
			model.addAttribute("form", VersionForm.from(versions.get(0)));
			model.addAttribute("errors", Map.of());
		}).thenReturn("admin/procedure");
	}

	@PostMapping(path = "/admin/procedures/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> publish(ServerWebExchange exchange, Model model) {
		return exchange.getFormData().map(VersionForm::of).flatMap(form -> this.api.asUser()
			.post()
			.uri("/intake/procedures/{code}/versions", form.code().isBlank() ? "-" : form.code())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(form.body())
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(AdminProcedure.class)
			.map(version -> "redirect:/admin/procedures/" + version.code() + "?published=" + version.version())
			.onErrorResume(ApiProblem.class, problem -> refused(problem, form, exchange, model)));
	}

	private Mono<String> refused(ApiProblem problem, VersionForm form, ServerWebExchange exchange, Model model) {
		if (problem.status() != 400 && problem.status() != 409 && problem.status() != 404) {
			return Mono.error(problem);
		}
		exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status() == 404 ? 400 : problem.status()));
		VersionForm shown = form.withBlankRows();
		model.addAttribute("form", shown);
		model.addAttribute("errors", FieldErrors.onRows(problem.fieldErrors(), "requiredDocuments", form.sentRows()));
		model.addAttribute("problem", problem.status() == 409 ? "conflict" : "invalid");
		if (form.creating()) {
			return Mono.just("admin/procedure-new");
		}
		return versions(form.code()).doOnNext(versions -> {
			model.addAttribute("versions", versions);
			model.addAttribute("latest", versions.get(0));
		}).thenReturn("admin/procedure");
	}

	private Mono<List<AdminProcedure>> versions(String code) {
		return this.api.asUser()
			.get()
			.uri("/intake/procedures/{code}/versions", code)
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(VERSIONS);
	}

}
