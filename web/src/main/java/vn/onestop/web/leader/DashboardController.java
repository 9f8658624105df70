package vn.onestop.web.leader;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.onestop.web.api.WardNames;
import vn.onestop.web.config.VietnamTime;
import vn.onestop.web.session.SignedInUser;

/**
 * The ward's dashboard for a leader: today, this month or a chosen period, as intake's statistics answer it with the
 * leader's own token (intake refuses another ward's numbers). The page draws the API's numbers and shares; it
 * computes none.
 */
@Controller
class DashboardController {

	private final Api api;

	private final Clock clock;

	private final WardNames wards;

	DashboardController(Api api, Clock clock, WardNames wards) {
		this.api = api;
		this.clock = clock;
		this.wards = wards;
	}

	@GetMapping("/leader")
	Mono<String> dashboard(@RequestParam(name = "period", defaultValue = "today") String periodParameter,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "ward", required = false) String wardParameter, Model model,
			ServerWebExchange exchange) {
		ReportPeriod period = ReportPeriod.of(periodParameter);
		ReportPeriod.Dates dates = period.dates(LocalDate.now(this.clock.withZone(VietnamTime.ZONE)), from, to);
		model.addAttribute("period", period);
		model.addAttribute("periods", List.of(ReportPeriod.values()));
		model.addAttribute("dates", dates);
		model.addAttribute("errors", Map.of());
		return SignedInUser.current().map(user -> ward(user, wardParameter)).defaultIfEmpty("").flatMap(ward -> {
			model.addAttribute("ward", ward);
			return (ward.isEmpty() ? Mono.<String>empty() : this.wards.of(ward)).doOnNext(name -> model.addAttribute("wardName", name)).then(report(ward, dates)).doOnNext(report -> model.addAttribute("report", report))
				.thenReturn("leader/dashboard")
				.onErrorResume(ApiProblem.class, problem -> {
					if (!problem.is(400)) {
						return Mono.error(problem);
					}
					exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
					model.addAttribute("errors", problem.fieldErrors());
					return Mono.just("leader/dashboard");
				});
		});
	}

	/** The ward asked for when the leader has several, else the first; the API decides whether it may be read. */
	private static String ward(SignedInUser user, String asked) {
		if (asked != null && user.wards().contains(asked)) {
			return asked;
		}
		return user.wards().isEmpty() ? "" : user.wards().get(0);
	}

	private Mono<WardReport> report(String ward, ReportPeriod.Dates dates) {
		return this.api.asUser()
			.get()
			.uri("/intake/statistics", uri -> uri
				.queryParam("ward", ward)
				.queryParam("from", dates.from())
				.queryParam("to", dates.to())
				.build())
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(WardReport.class);
	}

}
