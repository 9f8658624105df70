package vn.onestop.web.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import reactor.core.publisher.Mono;

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
import vn.onestop.web.config.VietnamTime;

/**
 * The working calendar of a year: its holidays and make-up working days; replacing it in two steps, first intake's
 * preview of how many open dossiers' appointments would move, then the confirmation, which sends exactly what was
 * previewed.
 */
@Controller
class CalendarAdminController {

	private final Api api;

	private final Clock clock;

	CalendarAdminController(Api api, Clock clock) {
		this.api = api;
		this.clock = clock;
	}

	@GetMapping("/admin/calendar")
	Mono<String> year(@RequestParam(name = "year", required = false) Integer requested,
			@RequestParam(name = "moved", required = false) Long moved, Model model) {
		int year = requested == null || requested < 2000 || requested > 2100
				? LocalDate.now(this.clock.withZone(VietnamTime.ZONE)).getYear() : requested;
		model.addAttribute("year", year);
		model.addAttribute("moved", moved);
		model.addAttribute("errors", Map.of());
		return this.api.asUser()
			.get()
			.uri("/intake/calendar/{year}", year)
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(CalendarYear.class)
			.doOnNext(found -> {
				model.addAttribute("calendar", found);
				model.addAttribute("form", CalendarForm.from(found));
			})
			.thenReturn("admin/calendar")
			.onErrorResume(ApiProblem.class, problem -> {
				if (!problem.is(404)) {
					return Mono.error(problem);
				}
				model.addAttribute("form", CalendarForm.empty());
				return Mono.just("admin/calendar");
			});
	}

	@PostMapping(path = "/admin/calendar/{year}/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> preview(@PathVariable int year, ServerWebExchange exchange, Model model) {
		model.addAttribute("year", year);
		return exchange.getFormData().map(CalendarForm::of).flatMap(form -> this.api.asUser()
			.post()
			.uri("/intake/calendar/{year}/preview", year)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(form.body())
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(CalendarYear.Preview.class)
			.map(preview -> {
				model.addAttribute("preview", preview);
				model.addAttribute("confirm", form.sent());
				return "admin/calendar-preview";
			})
			.onErrorResume(ApiProblem.class, problem -> refused(problem, form, exchange, model)));
	}

	@PostMapping(path = "/admin/calendar/{year}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> replace(@PathVariable int year, ServerWebExchange exchange, Model model) {
		model.addAttribute("year", year);
		return exchange.getFormData().map(CalendarForm::of).flatMap(form -> this.api.asUser()
			.put()
			.uri("/intake/calendar/{year}", year)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(form.body())
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(CalendarYear.Replaced.class)
			.map(replaced -> "redirect:/admin/calendar?year=" + year + "&moved=" + replaced.recalculation().moved())
			.onErrorResume(ApiProblem.class, problem -> refused(problem, form, exchange, model)));
	}

	private static Mono<String> refused(ApiProblem problem, CalendarForm form, ServerWebExchange exchange, Model model) {
		if (!problem.is(400)) {
			return Mono.error(problem);
		}
		exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
		model.addAttribute("form", form.withBlankRows());
		model.addAttribute("errors", FieldErrors.onRows(problem.fieldErrors(), "days", form.sentRows()));
		model.addAttribute("invalid", true);
		model.addAttribute("editing", true);
		return Mono.just("admin/calendar");
	}

}
