package vn.onestop.intake.queue.setup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.intake.queue.QueueAccess;
import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.intake.queue.persistence.SetupRepository;
import vn.onestop.support.security.Callers;

@RestController
@RequestMapping("/queue/{ward}/setup")
@Tag(name = "Walk-in queue", description = "Set-up, tickets, calls, the waiting-room board and the day's statistics "
		+ "of a ward center's queue (docs/queue.md)")
class SetupResource {

	private final SetupRepository setups;

	private final SettingUpQueue settingUp;

	SetupResource(SetupRepository setups, SettingUpQueue settingUp) {
		this.setups = setups;
		this.settingUp = settingUp;
	}

	@GetMapping
	@Operation(summary = "A ward's queue set-up",
			description = "Fields (prefix, daily cap, sessions, expected service minutes), counters, priority groups, "
					+ "ordering policy, recall limit and notify-ahead places, with the defaults filled in. For the ward's "
					+ "officers, leaders and ticket machines and for admins; 403 for anyone else. 404 queue-not-set-up "
					+ "when the ward has none.")
	Mono<SetupView> setup(@Parameter(description = "5-digit ward code", example = "20242") @PathVariable String ward) {
		return Mono.fromCallable(() -> QueueProblems.ward(ward))
			.then(Callers.require(caller -> QueueAccess.mayReadSetup(caller, ward)))
			.then(this.setups.find(ward))
			.switchIfEmpty(Mono.error(QueueProblems::notSetUp))
			.map(SetupView::of);
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set up or change a ward's queue",
			description = "By the ward's leader or an admin (403 for anyone else). The whole set-up is checked against "
					+ "the ward's working sessions; 400 lists every value at fault by its JSON path (fields[1].prefix). "
					+ "Audited as queue.setup. Applies at once to new takes and calls; tickets already taken keep their "
					+ "numbers.")
	Mono<SetupView> replace(@Parameter(description = "5-digit ward code", example = "20242") @PathVariable String ward,
			@RequestBody SetupRequest request) {
		return Mono.fromCallable(() -> QueueProblems.ward(ward))
			.then(Callers.require(caller -> QueueAccess.maySetUp(caller, ward)))
			.flatMap(caller -> this.settingUp.save(ward, request, caller.name()))
			.map(SetupView::of);
	}

}
