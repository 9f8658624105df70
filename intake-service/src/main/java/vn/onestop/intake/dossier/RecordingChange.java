package vn.onestop.intake.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.procedure.ProcedureVersion;
import vn.onestop.support.audit.AuditLog;
import vn.onestop.support.db.RunToCompletion;
import vn.onestop.support.outbox.Outbox;
import vn.onestop.support.outbox.OutboxEvent;

/**
 * Writes a change, its history row and its event in one transaction, with the audit entry of a leader's approval.
 * The update only succeeds on the version that was read; otherwise nothing is written and the caller gets a 409.
 */
@Component
class RecordingChange {

	private final LifecycleRepository lifecycle;

	private final Outbox outbox;

	private final JsonMapper json;

	private final TransactionalOperator transaction;

	private final AuditLog audit;

	RecordingChange(LifecycleRepository lifecycle, Outbox outbox, JsonMapper json, ReactiveTransactionManager transactions,
			AuditLog audit) {
		this.lifecycle = lifecycle;
		this.outbox = outbox;
		this.json = json;
		this.transaction = TransactionalOperator.create(transactions);
		this.audit = audit;
	}

	Mono<Change> record(Tracked tracked, ProcedureVersion version, Change change, List<String> allowedAfterConflict) {
		Dossier dossier = tracked.dossier();
		OutboxEvent event = OutboxEvent.of("Dossier", dossier.code().value(), change.eventType(),
				this.json.writeValueAsString(DossierChanged.of(dossier, version, change)));
		Mono<Change> work = this.lifecycle.apply(dossier.id(), tracked.progress().version(), change)
			.flatMap(applied -> applied ? Mono.just(change)
					: Mono.error(LifecycleProblems.changedMeanwhile(allowedAfterConflict)))
			.flatMap(applied -> this.lifecycle.appendHistory(dossier.id(), change))
			.then(this.outbox.append(event))
			.then(change.leaderApproval() ? audited(dossier, change) : Mono.empty())
			.thenReturn(change);
		return RunToCompletion.of(this.transaction.transactional(work));
	}

	private Mono<Void> audited(Dossier dossier, Change change) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (String particular : List.of("supplementRequest", "apology")) {
			if (change.details().containsKey(particular)) {
				details.put(particular, change.details().get(particular));
			}
		}
		return this.audit.record("dossier." + change.action() + ".leader-approval", dossier.code().value(),
				dossier.wardCode(), details);
	}

}
