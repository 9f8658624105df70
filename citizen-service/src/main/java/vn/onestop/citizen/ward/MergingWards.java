package vn.onestop.citizen.ward;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.citizen.ward.MergerRefused.FieldIssue;
import vn.onestop.support.audit.AuditLog;
import vn.onestop.citizen.ward.MergerRefused.Reason;

/**
 * {@code POST /wards/mergers}: checks the request, then in one transaction ends the predecessors, inserts the
 * new unit and its links, re-homes the citizens, remembers the merger, audits it and writes {@code WardsMerged} to
 * the outbox. All of it commits or nothing does. The same merger posted again answers the stored outcome and, as it
 * changes nothing, is not audited again.
 */
@Component
class MergingWards {

	private static final Logger log = LoggerFactory.getLogger(MergingWards.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String AUDIT_ACTION = "ward.merger";

	private final MergerRepository mergers;

	private final WardsMergedEvents events;

	private final CitizensOfMergedWards citizens;

	private final TransactionalOperator transaction;

	private final JsonMapper json;

	private final AuditLog audit;

	MergingWards(MergerRepository mergers, WardsMergedEvents events, CitizensOfMergedWards citizens,
			TransactionalOperator transaction, JsonMapper json, AuditLog audit) {
		this.mergers = mergers;
		this.events = events;
		this.citizens = citizens;
		this.transaction = transaction;
		this.json = json;
		this.audit = audit;
	}

	/** The outcome, and whether this call recorded it (false: it had been recorded before). */
	Mono<Result> merge(MergerForm form) {
		return Mono.fromCallable(() -> MergerFormValidator.validate(form, LocalDate.now(VIETNAM)))
			.flatMap(merger -> this.mergers.lock()
				.then(this.mergers.recorded(merger.code(), merger.effectiveOn())
					.map(recorded -> replay(merger, recorded))
					.switchIfEmpty(Mono.defer(() -> record(merger))))
				.as(this.transaction::transactional))
			.onErrorMap(MergerRefused.class, MergerProblems::of);
	}

	private Mono<Result> record(Merger merger) {
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		return this.mergers.context(merger)
			.map(context -> MergerRules.plan(merger, context))
			.flatMap(plan -> this.mergers.write(plan, at)
				.then(this.citizens.rehome(RecordedMerger.of(plan)))
				.map(rehoming -> MergerOutcome.of(plan, rehoming))
				.flatMap(outcome -> this.mergers.remember(merger, this.json.writeValueAsString(outcome), at)
					.then(audited(outcome))
					.then(this.events.publish(plan))
					.thenReturn(new Result(outcome, true))))
			.doOnNext(result -> log.info("Recorded merger into {} from {}: {} citizens moved, {} marked for review",
					merger.code(), merger.effectiveOn(), result.outcome().citizensMoved(), result.outcome().citizensForReview()));
	}

	/** The new unit, its day and its predecessors, and how many citizens moved or await review: no one named. */
	private Mono<Void> audited(MergerOutcome outcome) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("effectiveOn", outcome.effectiveOn().toString());
		details.put("predecessors", outcome.predecessors().stream()
			.map(p -> Map.of("code", p.code(), "partial", p.partial(), "continues", p.continues()))
			.toList());
		details.put("citizensMoved", outcome.citizensMoved());
		details.put("citizensForReview", outcome.citizensForReview());
		return this.audit.record(AUDIT_ACTION, outcome.successor().code(), outcome.successor().code(), details);
	}

	private Result replay(Merger merger, MergerRepository.Recorded recorded) {
		if (!recorded.fingerprint().equals(merger.fingerprint())) {
			throw new MergerRefused(Reason.RECORDED_DIFFERENTLY, "A merger into " + merger.code() + " from "
					+ merger.effectiveOn() + " was already recorded with other content.",
					List.of(new FieldIssue("successor.code", "was already recorded for this day with other content")));
		}
		return new Result(this.json.readValue(recorded.outcomeJson(), MergerOutcome.class), false);
	}

	record Result(MergerOutcome outcome, boolean created) {
	}

}
