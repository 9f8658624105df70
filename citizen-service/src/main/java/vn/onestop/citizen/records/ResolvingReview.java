package vn.onestop.citizen.records;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.support.audit.AuditLog;
import vn.onestop.support.security.Caller;

/**
 * {@code POST /citizens/reviews/{id}/resolution}: applies the officer's choice to the citizen through the normal
 * change path (checked as a whole, on the version read, with history and event) and closes the review, with its
 * audit entry, in one transaction. Only staff of a ward deciding the review ({@link ReviewAccess}) resolve it; anyone
 * else gets the 404 of a missing review. A choice that keeps the stored record changes no citizen but still closes the
 * review. A resolved review is never resolved again (409).
 */
@Component
class ResolvingReview {

	static final String AUDIT_ACTION = "citizen.review.resolve";

	private final CitizenReviewRepository reviews;

	private final CitizenRepository citizens;

	private final WardsInForce wards;

	private final CitizenChangeWriter writer;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	ResolvingReview(CitizenReviewRepository reviews, CitizenRepository citizens, WardsInForce wards,
			CitizenChangeWriter writer, AuditLog audit, TransactionalOperator transaction) {
		this.reviews = reviews;
		this.citizens = citizens;
		this.wards = wards;
		this.writer = writer;
		this.audit = audit;
		this.transaction = transaction;
	}

	Mono<ResolvedReview> resolve(UUID id, ReviewResolutionForm form, Caller caller) {
		return this.transaction.transactional(this.reviews.lockForResolution(id)
			.flatMap(review -> this.citizens.findById(review.citizenId()).map(citizen -> new Found(review, citizen)))
			.filter(found -> ReviewAccess.mayResolve(caller, found.decidingWards()))
			.switchIfEmpty(Mono.error(() -> CitizenProblems.reviewNotFound(id)))
			.flatMap(found -> {
				if (found.review().status() == CitizenReviewQuery.Status.RESOLVED) {
					return Mono.error(CitizenProblems.reviewResolved(id));
				}
				ReviewResolution resolution = resolution(found.review(), form);
				Instant at = RegisteringCitizen.now();
				return apply(found.citizen(), resolution, caller)
					.flatMap(citizen -> this.reviews.markResolved(id, resolution.decision(), caller.name(), at)
						.flatMap(marked -> marked ? audited(found, resolution).thenReturn(citizen)
								: Mono.error(CitizenProblems.reviewResolved(id))));
			}))
			.flatMap(citizen -> this.reviews.findById(id).map(review -> new ResolvedReview(review, CitizenView.of(citizen))));
	}

	private Mono<Citizen> apply(Citizen current, ReviewResolution resolution, Caller caller) {
		if (resolution.values().isEmpty()) {
			return Mono.just(current);
		}
		CitizenDetails details = RegisteringCitizen.validated(resolution.applyTo(CitizenForm.of(current.details())));
		if (details.equals(current.details())) {
			return Mono.just(current);
		}
		if (!current.active()) {
			return Mono.error(CitizenProblems.inactive());
		}
		String wardCode = details.address().wardCode();
		Mono<Void> wardCheck = wardCode.equals(current.details().address().wardCode()) ? Mono.empty()
				: this.wards.require(wardCode, RegisteringCitizen.today());
		return wardCheck.then(Mono.defer(() -> this.writer.update(current,
				current.withDetails(details, RegisteringCitizen.now()), HistoryAction.UPDATED, caller.name())));
	}

	/** Who settled which review of which citizen, and the choice made: field names and a ward code, never a value. */
	private Mono<Void> audited(Found found, ReviewResolution resolution) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("kind", found.review().kind().name());
		details.put("citizenId", found.citizen().id().toString());
		details.put("decision", resolution.decision());
		return this.audit.record(AUDIT_ACTION, found.review().id().toString(), found.citizenWard(), details);
	}

	private static ReviewResolution resolution(CitizenReviewView review, ReviewResolutionForm form) {
		Map<String, String> disputed = new LinkedHashMap<>();
		JsonNode fields = review.details().path("fields");
		fields.propertyNames().forEach(field -> {
			JsonNode imported = fields.get(field).get("imported");
			disputed.put(field, imported == null || imported.isNull() ? null : imported.asString());
		});
		try {
			return ReviewResolution.of(review.kind(), disputed, form);
		}
		catch (InvalidCitizenForm ex) {
			throw CitizenProblems.invalid(ex.problems());
		}
	}

	/** The closed review and the citizen as the resolution left it. */
	record ResolvedReview(CitizenReviewView review, CitizenView citizen) {
	}

	/** The review to resolve and its citizen as stored before the resolution. */
	private record Found(CitizenReviewView review, Citizen citizen) {

		String citizenWard() {
			return this.citizen.details().address().wardCode();
		}

		Set<String> decidingWards() {
			JsonNode successor = this.review.details().get("successorCode");
			return ReviewAccess.decidingWards(this.review.kind(), this.review.wardCode(), citizenWard(),
					successor == null || successor.isNull() ? null : successor.asString());
		}

	}

}
