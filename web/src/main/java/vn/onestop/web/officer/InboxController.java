package vn.onestop.web.officer;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriBuilder;

import vn.onestop.web.api.Api;

/**
 * The officer's dossier inbox: tabs by status, the near-due and overdue counts, a deadline filter and a search by
 * code or citizen name, soonest appointment first, with the working time left. Every list comes from intake with
 * the officer's own token, so intake alone decides which wards' dossiers are shown and what matches the search.
 */
@Controller
class InboxController {

	static final int PAGE_SIZE = 50;

	private final Api api;

	InboxController(Api api) {
		this.api = api;
	}

	@GetMapping("/officer")
	Mono<String> inbox(@RequestParam(name = "tab", defaultValue = "all") String tab,
			@RequestParam(name = "deadline", defaultValue = "all") String deadline,
			@RequestParam(name = "page", defaultValue = "0") String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return render(InboxQuery.of(tab, deadline, "", page), htmx, model);
	}

	/** The search is posted so that a citizen's name never lands in a URL, a history or a log. */
	@PostMapping(path = "/officer", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> search(ServerWebExchange exchange, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		return exchange.getFormData()
			.flatMap(form -> render(InboxQuery.of(form.getFirst("tab"), form.getFirst("deadline"), form.getFirst("q"),
					form.getFirst("page")), htmx, model));
	}

	private Mono<String> render(InboxQuery query, String htmx, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("tab", query.tab());
		model.addAttribute("tabs", InboxTab.all());
		return Mono.zip(list(query, PAGE_SIZE), count(true, false), count(false, true))
			.doOnNext(found -> {
				model.addAttribute("dossiers", found.getT1());
				model.addAttribute("nearDue", found.getT2());
				model.addAttribute("overdue", found.getT3());
			})
			.thenReturn(htmx != null ? "officer/inbox :: list" : "officer/inbox");
	}

	private Mono<Long> count(boolean nearDue, boolean overdue) {
		InboxQuery.Deadline deadline = nearDue ? InboxQuery.Deadline.NEAR_DUE
				: overdue ? InboxQuery.Deadline.OVERDUE : InboxQuery.Deadline.ALL;
		return list(new InboxQuery(InboxTab.ALL, deadline, "", 0), 1).map(InboxPage::totalItems);
	}

	private Mono<InboxPage> list(InboxQuery query, int size) {
		WebClient client = this.api.asUser();
		return client.get().uri("/intake/dossiers", uri -> {
			UriBuilder builder = uri.queryParam("page", query.page()).queryParam("size", size);
			query.tab().status().ifPresent(status -> builder.queryParam("status", status));
			if (query.deadline() == InboxQuery.Deadline.NEAR_DUE) {
				builder.queryParam("nearDue", true);
			}
			if (query.deadline() == InboxQuery.Deadline.OVERDUE) {
				builder.queryParam("overdue", true);
			}
			if (!query.search().isEmpty()) {
				builder.queryParam("q", "{q}");
				return builder.build(query.search());
			}
			return builder.build();
		}).retrieve().onStatus(Api::isError, Api.problems()).bodyToMono(InboxPage.class);
	}

}
