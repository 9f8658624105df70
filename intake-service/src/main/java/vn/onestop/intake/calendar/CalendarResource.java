package vn.onestop.intake.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import vn.onestop.support.security.Callers;
import vn.onestop.support.security.Role;

@RestController
@RequestMapping("/calendar")
@Tag(name = "Working calendar", description = "Holidays, make-up working days and due-time arithmetic")
class CalendarResource {

	static final int MIN_YEAR = 2000;

	static final int MAX_YEAR = 2100;

	private final ComputingDueTime computingDueTime;

	private final CalendarYears years;

	private final ReplacingCalendar replacing;

	private final PreviewingCalendarReplacement previewing;

	CalendarResource(ComputingDueTime computingDueTime, CalendarYears years, ReplacingCalendar replacing,
			PreviewingCalendarReplacement previewing) {
		this.computingDueTime = computingDueTime;
		this.years = years;
		this.replacing = replacing;
		this.previewing = previewing;
	}

	@GetMapping("/due-time")
	@Operation(summary = "Compute the appointment time for a dossier",
			description = "Counts working hours along the ward's sessions (standard 07:00–11:30, 13:30–17:00, "
					+ "one working day = 8 h; configurable per ward), "
					+ "skipping weekends and holidays and working make-up days. 422 calendar-not-covered when the "
					+ "computation reaches a year whose holidays are not entered yet.")
	Mono<DueTimeResponse> dueTime(
			@Parameter(description = "ISO-8601 local date-time (Asia/Ho_Chi_Minh) or with offset",
					example = "2023-10-27T09:32") @RequestParam String receivedAt,
			@Parameter(description = "0 to 3650", example = "5") @RequestParam String amount,
			@Parameter(description = "WORKING_HOURS, WORKING_DAYS or CALENDAR_DAYS",
					example = "WORKING_DAYS") @RequestParam String unit,
			@Parameter(description = "Same-day cut-off for amount 0, e.g. 15:00: received at or after it, "
					+ "due the next working day at closing") @RequestParam(required = false) String sameDayCutoff,
			@Parameter(description = "Ward code: the ward's configured working sessions (intake.calendar.sessions), "
					+ "the standard ones when absent or not configured")
			@RequestParam(required = false) String ward) {
		DueTimeQuery query = DueTimeQuery.parse(receivedAt, amount, unit, sameDayCutoff);
		return this.computingDueTime.dueTime(ward, query.receivedAt(), query.processingTime())
			.map(dueTime -> DueTimeResponse.of(dueTime, query.processingTime()));
	}

	@GetMapping("/{year}")
	@Operation(summary = "List a year's holidays and make-up working days",
			description = "Public, like the due-time preview that rests on it. 404 calendar-not-found when the year "
					+ "has not been entered.")
	Mono<CalendarYearResponse> year(@PathVariable int year) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw CalendarProblems.invalid("year", "must be from " + MIN_YEAR + " to " + MAX_YEAR);
		}
		return this.years.find(year)
			.switchIfEmpty(Mono.error(() -> CalendarProblems.yearNotFound(year)))
			.map(CalendarYearResponse::of);
	}

	@PutMapping("/{year}")
	@Operation(summary = "Replace a year's holidays and make-up working days (platform admin)",
			description = "Lists every day of the year that departs from the Monday–Friday week. A make-up working "
					+ "day must be a Saturday or Sunday; a holiday on a weekend is kept as information. Replaces "
					+ "the year in one transaction, then recomputes the appointments of the open dossiers received "
					+ "in or reaching the year (not those with an apology: their appointment was promised in "
					+ "writing) and logs each moved appointment. 400 validation with the fields at fault. "
					+ "PLATFORM_ADMIN only (403 otherwise); audited as calendar.replace.")
	Mono<CalendarReplacedResponse> replace(@PathVariable int year, @RequestBody CalendarReplacement replacement) {
		return Callers.requireAny(Role.PLATFORM_ADMIN)
			.flatMap(admin -> this.replacing.replace(year, replacement))
			.map(CalendarReplacedResponse::of);
	}

	@PostMapping("/{year}/preview")
	@Operation(summary = "Preview replacing a year's calendar (platform admin): how many appointments would move",
			description = "The body of PUT /calendar/{year}, checked the same way (400 validation with the fields at "
					+ "fault). Recomputes, with the proposed year and the code PUT uses, the appointments of the open "
					+ "dossiers PUT would recompute, and answers how many were examined and how many would move. "
					+ "Stores and audits nothing. PLATFORM_ADMIN only (403 otherwise).")
	Mono<CalendarPreviewResponse> preview(@PathVariable int year, @RequestBody CalendarReplacement replacement) {
		return Callers.requireAny(Role.PLATFORM_ADMIN).flatMap(admin -> this.previewing.preview(year, replacement));
	}

}
