package vn.onestop.intake.dossier;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;
import vn.onestop.support.security.SecurityProblems;

@RestController
@Tag(name = "Leader approvals", description = "A second supplement request or apology, asked by an officer, decided by the ward leader")
class ApprovalResource {

	private final RequestingApproval requesting;

	private final DecidingApproval deciding;

	private final ApprovalRepository approvals;

	ApprovalResource(RequestingApproval requesting, DecidingApproval deciding, ApprovalRepository approvals) {
		this.requesting = requesting;
		this.deciding = deciding;
		this.approvals = approvals;
	}

	@PostMapping(path = "/dossiers/{code}/approval-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ask the ward leader to approve a second request-supplement or apologize",
			description = "Officers and leaders of the dossier's ward. The body is the action and its particulars as "
					+ "for POST /dossiers/{code}/actions/{action}, checked now as if a leader made it: 422 with field "
					+ "errors for missing particulars, 409 action-not-allowed / apology-too-late, 409 approval-not-needed "
					+ "for a first one, 409 approval-pending while another request of the dossier waits. 201.")
	Mono<ResponseEntity<ApprovalView>> request(@PathVariable String code, @Valid @RequestBody ApprovalRequestForm form) {
		return Callers.current()
			.flatMap(caller -> this.requesting.request(code, form, caller))
			.map(ApprovalView::of)
			.map(view -> ResponseEntity.created(URI.create("/approval-requests/" + view.id())).body(view));
	}

	@GetMapping("/approval-requests")
	@Operation(summary = "The approval requests waiting, oldest first",
			description = "Officers and leaders, of their wards only: without ward, all the caller's wards; a ward of "
					+ "someone else answers 403.")
	Mono<List<ApprovalView>> waiting(@RequestParam(required = false) String ward) {
		return Callers.current()
			.flatMap(caller -> Mono.justOrEmpty(DossierAccess.listable(caller, ward)))
			.switchIfEmpty(Mono.error(SecurityProblems::forbidden))
			.flatMap(wards -> this.approvals.pending(wards).map(ApprovalView::of).collectList());
	}

	@PostMapping("/approval-requests/{id}/approval")
	@Operation(summary = "Approve: the action is made as asked, in the leader's name, in the same transaction",
			description = "WARD_LEADER of the dossier's ward (403 for its other staff, 404 for anyone else). 409 "
					+ "approval-decided when already decided; the action's own 409/422 when it is no longer allowed "
					+ "(nothing changes then).")
	Mono<ApprovalView> approve(@PathVariable UUID id) {
		return Callers.current().flatMap(caller -> this.deciding.approve(id, caller)).map(ApprovalView::of);
	}

	@PostMapping(path = "/approval-requests/{id}/refusal", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Refuse, with a reason (400 with a field error without one)",
			description = "WARD_LEADER of the dossier's ward (403 for its other staff, 404 for anyone else). 409 "
					+ "approval-decided when already decided.")
	Mono<ApprovalView> refuse(@PathVariable UUID id, @Valid @RequestBody ApprovalDecisionForm form) {
		return Callers.current().flatMap(caller -> this.deciding.refuse(id, form, caller)).map(ApprovalView::of);
	}

}
