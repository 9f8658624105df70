package vn.onestop.citizen.records;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * {@code POST /citizens/reviews/{id}/resolution}: applies the officer's choice to the citizen through the normal
 * change path (checked as a whole, on the version read, with history and event) and closes the review, in one
 * transaction. A choice that keeps the stored record changes no citizen but still closes the review. A resolved
 * review is never resolved again (409).
 */
@Component
class ResolvingReview {

	private final CitizenReviewRepository reviews;

	private final CitizenRepository citizens;

	private final WardsInForce wards;

	private final CitizenChangeWriter writer;

	private final CurrentActor actor;

	private final TransactionalOperator transaction;

	ResolvingReview(CitizenReviewRepository reviews, CitizenRepository citizens, WardsInForce wards,
			CitizenChangeWriter writer, CurrentActor actor, TransactionalOperator transaction) {
		this.reviews = reviews;
		this.citizens = citizens;
		this.wards = wards;
		this.writer = writer;
		this.actor = actor;
		this.transaction = transaction;
	}

	Mono<ResolvedReview> resolve(UUID id, ReviewResolutionForm form) {
		return this.actor.name()
			.flatMap(who -> this.transaction.transactional(this.reviews.lockForResolution(id)
				.switchIfEmpty(Mono.error(() -> CitizenProblems.reviewNotFound(id)))
				.flatMap(review -> {
					if (review.status() == CitizenReviewQuery.Status.RESOLVED) {
						return Mono.error(CitizenProblems.reviewResolved(id));
					}
					ReviewResolution resolution = resolution(review, form);
					Instant at = RegisteringCitizen.now();
					return this.citizens.findById(review.citizenId())
						.flatMap(current -> apply(current, resolution))
						.flatMap(citizen -> this.reviews.markResolved(id, resolution.decision(), who, at)
							.flatMap(marked -> marked ? Mono.just(citizen) : Mono.error(CitizenProblems.reviewResolved(id))));
				})))
			.flatMap(citizen -> this.reviews.findById(id).map(review -> new ResolvedReview(review, CitizenView.of(citizen))));
	}

	private Mono<Citizen> apply(Citizen current, ReviewResolution resolution) {
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
				current.withDetails(details, RegisteringCitizen.now()), HistoryAction.UPDATED)));
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

}
