package vn.onestop.web.officer;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;

import vn.onestop.web.api.Api;

/**
 * The officer's dossier inbox: tabs by status, the near-due and overdue counts, soonest appointment first. Every
 * list comes from intake with the officer's own token, so intake alone decides which wards' dossiers are shown.
 */
@Controller
class InboxController {

	static final int PAGE_SIZE = 50;

	private final Api api;

	InboxController(Api api) {
		this.api = api;
	}

	@GetMapping("/officer")
	Mono<String> inbox(@RequestParam(name = "tab", defaultValue = "all") String tabParameter,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		InboxTab tab = InboxTab.of(tabParameter);
		int shown = Math.max(0, Math.min(page, 10_000));
		model.addAttribute("tab", tab);
		model.addAttribute("tabs", InboxTab.all());
		return Mono.zip(list(tab, false, false, shown, PAGE_SIZE), count(true, false), count(false, true))
			.doOnNext(found -> {
				model.addAttribute("dossiers", found.getT1());
				model.addAttribute("nearDue", found.getT2());
				model.addAttribute("overdue", found.getT3());
			})
			.thenReturn(htmx != null ? "officer/inbox :: list" : "officer/inbox");
	}

	private Mono<Long> count(boolean nearDue, boolean overdue) {
		return list(InboxTab.ALL, nearDue, overdue, 0, 1).map(InboxPage::totalItems);
	}

	private Mono<InboxPage> list(InboxTab tab, boolean nearDue, boolean overdue, int page, int size) {
		WebClient client = this.api.asUser();
		return client.get().uri(uri -> {
			UriBuilder builder = uri.path("/intake/dossiers").queryParam("page", page).queryParam("size", size);
			tab.status().ifPresent(status -> builder.queryParam("status", status));
			if (nearDue) {
				builder.queryParam("nearDue", true);
			}
			if (overdue) {
				builder.queryParam("overdue", true);
			}
			return builder.build();
		}).retrieve().onStatus(Api::isError, Api.problems()).bodyToMono(InboxPage.class);
	}

}
