package vn.onestop.intake.dossier;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;

@RestController
@RequestMapping("/dossiers/{code}")
@Tag(name = "Dossier lifecycle", description = "Actions on the ten national status codes, apologies (form 04), history")
class DossierActionResource {

	private final ActingOnDossier acting;

	private final IssuingApology apologizing;

	private final ReadingDossiers reading;

	private final LifecycleRepository lifecycle;

	private final CorrectingSubmitter correcting;

	DossierActionResource(ActingOnDossier acting, IssuingApology apologizing, ReadingDossiers reading,
			LifecycleRepository lifecycle, CorrectingSubmitter correcting) {
		this.correcting = correcting;
		this.acting = acting;
		this.apologizing = apologizing;
		this.reading = reading;
		this.lifecycle = lifecycle;
	}

	@PostMapping("/actions/{action}")
	@Operation(summary = "Act on a dossier (officers and leaders of its ward): accept, refuse, transfer, request-supplement, supplement-received, "
			+ "fees-due, fees-paid, result-ready, return, withdraw, stop, apologize",
			description = "Answers the dossier after the change. An action its status does not allow answers 409 "
					+ "problem+json with allowedActions; so does a change that lost a race with another one. A second "
					+ "request-supplement or apologize needs a WARD_LEADER of the dossier's ward (409 "
					+ "leader-approval-required for an officer); approvedByLeader=true from a non-leader answers 403.")
	Mono<DossierView> act(@PathVariable String code,
			@Parameter(example = "request-supplement") @PathVariable String action,
			@Valid @RequestBody(required = false) ActionRequest request) {
		ActionRequest body = request == null ? ActionRequest.empty() : request;
		return Callers.current().flatMap(caller -> {
			Mono<Change> done = ActionNames.APOLOGIZE.equals(action) ? this.apologizing.issue(code, body, caller)
					: ActionNames.parse(action)
						.map(known -> this.acting.act(code, known, body, caller))
						.orElseGet(() -> Mono.error(LifecycleProblems.unknownAction(action)));
			return done.then(Mono.defer(() -> this.reading.view(code, caller)));
		});
	}

	@PutMapping(path = "/submitter", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Correct the submitter of a dossier not yet linked to its citizen record (officers and leaders of its ward)",
			description = "For a dossier whose citizenLink is REFUSED (citizen-service refused the submitter: the refusal "
					+ "says why) or PENDING. The body is a submitter as in POST /dossiers, checked by the same rules (400 "
					+ "with field errors). The correction is audited and appended to the history (naming the corrected "
					+ "fields), and the link is tried again at once. 409 citizen-already-linked once the dossier is linked.")
	Mono<DossierView> correctSubmitter(@PathVariable String code, @Valid @RequestBody DossierRequest.Submitter submitter) {
		return Callers.current().flatMap(caller -> this.correcting.correct(code, submitter, caller)
			.then(Mono.defer(() -> this.reading.view(code, caller))));
	}

	@GetMapping("/history")
	@Operation(summary = "The append-only history: who, when, from which status to which, why, and particulars",
			description = "For staff of the dossier's ward and for its submitter; anyone else gets 404.")
	Mono<List<HistoryEntry>> history(@PathVariable String code) {
		return Callers.current()
			.flatMap(caller -> this.acting.read(code, caller))
			.flatMap(tracked -> this.lifecycle.history(tracked.dossier().id()).collectList());
	}

}
