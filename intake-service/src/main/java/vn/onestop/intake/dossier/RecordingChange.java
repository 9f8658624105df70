package vn.onestop.intake.dossier;

import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.procedure.ProcedureVersion;
import vn.onestop.support.outbox.Outbox;
import vn.onestop.support.outbox.OutboxEvent;

/**
 * Writes a change, its history row and its event in one transaction. The update only succeeds on the
 * version that was read; otherwise nothing is written and the caller gets a 409.
 */
@Component
class RecordingChange {

	private final LifecycleRepository lifecycle;

	private final Outbox outbox;

	private final JsonMapper json;

	private final TransactionalOperator transaction;

	RecordingChange(LifecycleRepository lifecycle, Outbox outbox, JsonMapper json, ReactiveTransactionManager transactions) {
		this.lifecycle = lifecycle;
		this.outbox = outbox;
		this.json = json;
		this.transaction = TransactionalOperator.create(transactions);
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
			.thenReturn(change);
		return this.transaction.transactional(work);
	}

}
