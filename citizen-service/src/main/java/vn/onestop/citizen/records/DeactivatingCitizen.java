package vn.onestop.citizen.records;

import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.support.audit.AuditLog;
import vn.onestop.support.security.Caller;

/**
 * {@code POST /citizens/{id}/deactivation}: citizens are never deleted, only marked inactive, under the same
 * If-Match rule as any change, by staff of the citizen's ward (anyone else gets the 404 of a missing citizen).
 * A deactivation is audited in its own transaction. Deactivating an inactive citizen changes nothing and answers
 * the citizen.
 */
@Component
class DeactivatingCitizen {

	static final String AUDIT_ACTION = "citizen.deactivate";

	private final CitizenRepository citizens;

	private final CitizenChangeWriter writer;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	DeactivatingCitizen(CitizenRepository citizens, CitizenChangeWriter writer, AuditLog audit,
			TransactionalOperator transaction) {
		this.citizens = citizens;
		this.writer = writer;
		this.audit = audit;
		this.transaction = transaction;
	}

	Mono<Citizen> deactivate(UUID id, IfMatch ifMatch, Caller caller) {
		return this.citizens.findById(id)
			.filter(current -> CitizenAccess.mayDeactivate(caller, current))
			.switchIfEmpty(Mono.error(() -> CitizenProblems.notFound(id)))
			.flatMap(current -> {
				ifMatch.check(current.version());
				return current.active() ? deactivated(current, caller) : Mono.just(current);
			});
	}

	private Mono<Citizen> deactivated(Citizen current, Caller caller) {
		Citizen after = current.deactivated();
		return this.transaction.transactional(this.writer.update(current, after, HistoryAction.DEACTIVATED, caller.name())
			.flatMap(stored -> this.audit.record(AUDIT_ACTION, stored.id().toString(),
					stored.details().address().wardCode(), Map.of("version", stored.version()))
				.thenReturn(stored)));
	}

}
