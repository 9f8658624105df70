package vn.onestop.intake.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;

@RestController
@RequestMapping("/statistics")
@Tag(name = "Statistics", description = "What a ward reports: received, returned early / on time / late, open, rated")
class StatisticsResource {

	private final ReportingStatistics reporting;

	StatisticsResource(ReportingStatistics reporting) {
		this.reporting = reporting;
	}

	@GetMapping
	@Operation(summary = "A ward's statistics for a period",
			description = "Received by channel (by receipt time), returned early / on time / late (return date against "
					+ "appointment date, Asia/Ho_Chi_Minh; by return time), apologies and supplement requests issued "
					+ "and ratings given in the period, with percentages to one decimal (half up); in progress, "
					+ "near-due and overdue as of now (asOf), the values of the Prometheus gauges; decision766: of the dossiers "
					+ "received in the period, in all and by field, 2.1 on time (supplement waiting not counted, more "
					+ "than one supplement request late), 3.3 online share and 5.4 satisfaction (100 % - late share - "
					+ "share rated not satisfied), null percentages when none was received. 400 without a ward. "
					+ "For a WARD_LEADER of the ward or a MONITOR (of every ward, or of the wards its token names); "
					+ "403 for anyone else.")
	Mono<WardStatistics> statistics(
			@Parameter(description = "The ward's 5-digit code; required", example = "20242")
			@RequestParam(required = false) String ward,
			@Parameter(description = "First day, inclusive; default the first day of the month of to",
					example = "2026-10-01") @RequestParam(required = false) String from,
			@Parameter(description = "Last day, inclusive; default today", example = "2026-10-31")
			@RequestParam(required = false) String to,
			@Parameter(description = "A field code of the catalogue; default all fields", example = "HO_TICH")
			@RequestParam(required = false) String field) {
		return Callers.current().flatMap(caller -> this.reporting.report(ward, field, from, to, caller));
	}

}
