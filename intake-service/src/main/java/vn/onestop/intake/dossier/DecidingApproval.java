package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.support.db.RunToCompletion;
import vn.onestop.support.security.Caller;
import vn.onestop.support.security.SecurityProblems;

/**
 * A ward leader decides a waiting approval request. Approving makes the action as asked, in the leader's name, and
 * marks the request approved in the same transaction (the action's history, event and audit entry included), so a
 * request is never approved without its action nor acted on twice; if the action is no longer allowed, nothing
 * changes and the leader hears why. Refusing needs a reason. Only leaders of the dossier's ward decide; other staff
 * of the ward get 403, anyone else the 404 of a missing request.
 */
@Service
class DecidingApproval {

	private final ApprovalRepository approvals;

	private final ActingOnDossier acting;

	private final IssuingApology apologizing;

	private final TransactionalOperator transaction;

	private final Clock clock;

	DecidingApproval(ApprovalRepository approvals, ActingOnDossier acting, IssuingApology apologizing,
			ReactiveTransactionManager transactions, ObjectProvider<Clock> clock) {
		this.approvals = approvals;
		this.acting = acting;
		this.apologizing = apologizing;
		this.transaction = TransactionalOperator.create(transactions);
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<ApprovalRequest> approve(UUID id, Caller caller) {
		return waiting(id, caller).flatMap(request -> {
			Mono<Change> action = ActionNames.APOLOGIZE.equals(request.action())
					? this.apologizing.issue(request.dossierCode(), request.actionRequest(), caller)
					: this.acting.act(request.dossierCode(), DossierAction.REQUEST_SUPPLEMENT, request.actionRequest(), caller);
			Mono<Boolean> work = action.then(mark(id, ApprovalRequest.Status.APPROVED, caller, null));
			return RunToCompletion.of(this.transaction.transactional(work));
		}).then(Mono.defer(() -> this.approvals.find(id)));
	}

	Mono<ApprovalRequest> refuse(UUID id, ApprovalDecisionForm form, Caller caller) {
		String reason = form.cleanReason();
		return waiting(id, caller).flatMap(request -> reason == null ? Mono.error(ApprovalProblems.reasonRequired())
				: mark(id, ApprovalRequest.Status.REFUSED, caller, reason))
			.then(Mono.defer(() -> this.approvals.find(id)));
	}

	private Mono<ApprovalRequest> waiting(UUID id, Caller caller) {
		return this.approvals.find(id)
			.filter(request -> DossierAccess.mayWorkIn(caller, request.wardCode()))
			.switchIfEmpty(Mono.error(DossierProblems::notFound))
			.flatMap(request -> !DossierAccess.approves(caller, request.wardCode()) ? Mono.error(SecurityProblems.forbidden())
					: request.status() != ApprovalRequest.Status.PENDING ? Mono.error(ApprovalProblems.decided())
							: Mono.just(request));
	}

	private Mono<Boolean> mark(UUID id, ApprovalRequest.Status status, Caller caller, String reason) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		return this.approvals.decide(id, status, caller.name(), now, reason)
			.flatMap(decided -> decided ? Mono.just(true) : Mono.error(ApprovalProblems.decided()));
	}

}
