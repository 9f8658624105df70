package vn.onestop.intake.queue.statistics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.intake.queue.QueueAccess;
import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.support.security.Callers;

@RestController
@Tag(name = "Walk-in queue")
class QueueStatisticsResource {

	private final ReportingQueueDay reporting;

	QueueStatisticsResource(ReportingQueueDay reporting) {
		this.reporting = reporting;
	}

	@GetMapping("/queue/{ward}/statistics")
	@Operation(summary = "A ward's queue day: tickets, waiting and service times, no-shows",
			description = "Per field, per counter and in all: issued, served, no-show, not served, waiting; waiting "
					+ "time (taken to called) and service time (start to finish) in minutes at p50 and p90 (linear "
					+ "interpolation; null when none was measured); the no-show rate among the tickets called. For the "
					+ "ward's officers and leaders and its monitors (403 for anyone else).")
	Mono<QueueDayStatistics> statistics(
			@Parameter(description = "5-digit ward code", example = "20242") @PathVariable String ward,
			@Parameter(description = "The day (Asia/Ho_Chi_Minh); default today", example = "2026-12-08")
			@RequestParam(required = false) String day) {
		return Mono.fromCallable(() -> QueueProblems.ward(ward))
			.then(Callers.require(caller -> QueueAccess.mayReadStatistics(caller, ward)))
			.then(Mono.defer(() -> this.reporting.report(ward, day)));
	}

}
