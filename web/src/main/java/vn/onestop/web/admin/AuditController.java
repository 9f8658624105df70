package vn.onestop.web.admin;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.Api;
import vn.onestop.web.api.ApiProblem;

/**
 * The audit log of one service, newest first, filtered by the API ({@code GET /api/v1/audit/{service}}, platform
 * admins only): the page passes the filters on and shows what the API answered, field errors beside the filters.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final Api api;

	AuditController(Api api) {
		this.api = api;
	}

	@GetMapping("/admin/audit")
	Mono<String> audit(@RequestParam(required = false) String service, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String ward,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, ServerWebExchange exchange, Model model) {
		AuditFilter filter = new AuditFilter(service, actor, action, ward, from, to, page);
		model.addAttribute("filter", filter);
		model.addAttribute("services", AuditFilter.SERVICES);
		model.addAttribute("actions", AuditFilter.ACTIONS);
		model.addAttribute("errors", Map.of());
		return this.api.asUser()
			.get()
			.uri("/audit/{service}", uri -> filter.query(uri, PAGE_SIZE).build(filter.service()))
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(AuditEntry.Page.class)
			.doOnNext(entries -> model.addAttribute("entries", entries))
			.thenReturn("admin/audit")
			.onErrorResume(ApiProblem.class, problem -> {
				if (!problem.is(400)) {
					return Mono.error(problem);
				}
				exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
				model.addAttribute("errors", problem.fieldErrors());
				return Mono.just("admin/audit");
			});
	}

}
