package vn.onestop.intake.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.support.audit.AuditLog;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;
import vn.onestop.support.web.ProblemTypes;

/**
 * Publishes a new version of a procedure, creating the procedure when its code is new, in one transaction with its
 * audit entry. The procedure row is locked first, so two publications of one procedure cannot both take the next
 * version number. Dossiers already received keep the version they were received under.
 */
@Service
class PublishingProcedure {

	static final String AUDIT_ACTION = "procedure.publish";

	private final ProcedureRepository procedures;

	private final TransactionalOperator transaction;

	private final AuditLog audit;

	PublishingProcedure(ProcedureRepository procedures, ReactiveTransactionManager transactions, AuditLog audit) {
		this.procedures = procedures;
		this.transaction = TransactionalOperator.create(transactions);
		this.audit = audit;
	}

	Mono<ProcedureVersion> publish(String code, ProcedurePublication publication, LocalDate today) {
		return Mono.defer(() -> {
			ProcedureRules.Checked checked = ProcedureRules.check(code, publication, today);
			if (!checked.valid()) {
				return Mono.error(ProblemException.validation(checked.violations()
					.stream()
					.map(violation -> new FieldError(violation.field(), violation.message()))
					.toList()));
			}
			ProcedureRules.Draft draft = checked.draft();
			Mono<Boolean> added = draft.fieldCode() == null ? Mono.just(false)
					: this.procedures.addIfAbsent(code, draft.fieldCode(), draft.fieldName());
			return this.transaction.transactional(added.then(this.procedures.latestForUpdate(code)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap(latest -> store(draft, latest))))
				.onErrorMap(DataIntegrityViolationException.class, ex -> conflict(
						"Another version of this procedure was published at the same time; read the catalogue and retry."));
		});
	}

	private Mono<ProcedureVersion> store(ProcedureRules.Draft draft, Optional<ProcedureRules.Latest> latest) {
		if (ProcedureRules.needsField(draft, latest)) {
			return Mono.error(ProblemException.validation(
					List.of(new FieldError("field", "must name the field (code and name) of a new procedure"))));
		}
		Optional<ProcedureRules.Refusal> refusal = ProcedureRules.refusal(draft, latest);
		if (refusal.isPresent()) {
			return Mono.error(switch (refusal.get()) {
				case FIELD_CHANGED -> conflict("Procedure " + draft.code() + " belongs to field "
						+ latest.get().fieldCode() + "; a procedure keeps its field.");
				case NOT_AFTER_LATEST -> conflict("Procedure " + draft.code() + " already has a version taking effect on "
						+ latest.get().effectiveFrom() + "; a new version must take effect after it.");
			});
		}
		int version = latest.map(ProcedureRules.Latest::version).orElse(0) + 1;
		return this.procedures.publish(draft, version)
			.flatMap(id -> this.audit.record(AUDIT_ACTION, draft.code(), null,
					Map.of("version", version, "effectiveFrom", draft.effectiveFrom().toString()))
				.then(this.procedures.byId(id)));
	}

	private static ProblemException conflict(String detail) {
		return new ProblemException(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Procedure version conflict", detail);
	}

}
