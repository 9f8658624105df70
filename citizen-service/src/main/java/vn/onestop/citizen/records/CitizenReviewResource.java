package vn.onestop.citizen.records;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;
import vn.onestop.support.security.SecurityProblems;

/**
 * The review queue: citizens an officer must look at, e.g. after their ward was split by a merger, and their
 * resolution. Officers and leaders see and resolve the reviews their wards decide ({@link ReviewAccess}).
 */
@RestController
@Tag(name = "Citizens")
class CitizenReviewResource {

	private final CitizenReviewRepository reviews;

	private final ResolvingReview resolving;

	CitizenReviewResource(CitizenReviewRepository reviews, ResolvingReview resolving) {
		this.reviews = reviews;
		this.resolving = resolving;
	}

	@GetMapping(path = "/citizens/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Citizens to review, oldest first",
			description = "kind PARTIAL_MERGER: the citizen's ward was split by a merger (details: successorCode, "
					+ "effectiveOn, wardContinues); IMPORT_CONFLICT: an imported record disagrees with the stored one. "
					+ "Officers and leaders only: the reviews of citizens living in their wards and of partial mergers "
					+ "into their wards; a ward of someone else answers 403. total counts only those.")
	Mono<CitizenReviewPage> reviews(
			@Parameter(description = "5-digit code of a ward of the caller: reviews of its citizens, and of partial "
					+ "mergers into it; default every ward of the caller") @RequestParam(required = false) String ward,
			@Parameter(description = "PARTIAL_MERGER or IMPORT_CONFLICT") @RequestParam(required = false) String kind,
			@Parameter(description = "OPEN (default) or RESOLVED") @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return Mono.fromCallable(() -> query(ward, kind, status, page, size))
			.flatMap(query -> Callers.current()
				.flatMap(caller -> Mono.justOrEmpty(CitizenAccess.wardsToList(caller, query.ward())))
				.switchIfEmpty(Mono.error(SecurityProblems::forbidden))
				.flatMap(wards -> this.reviews.page(query, wards)));
	}

	@PostMapping(path = "/citizens/reviews/{id}/resolution", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Resolve a review by choosing the values the citizen keeps",
			description = "IMPORT_CONFLICT: {\"fields\": {\"phone\": \"IMPORTED\", \"fullName\": \"STORED\"}}, one choice "
					+ "for every field in details.fields. PARTIAL_MERGER: {\"wardCode\": \"20242\"}, the ward the citizen "
					+ "lives in (422 if not in force). The citizen changes as a PATCH would (new version, history UPDATED, "
					+ "CitizenUpdated event) and the review closes, together. 200 with the review and the citizen; "
					+ "400 for a missing or unknown choice, 409 review-resolved when it was already resolved. Officers "
					+ "and leaders of the citizen's ward, or for PARTIAL_MERGER of the successor ward; anyone else gets "
					+ "404. Audited as citizen.review.resolve.")
	Mono<ResolvingReview.ResolvedReview> resolve(@PathVariable UUID id, @RequestBody ReviewResolutionForm form) {
		return Callers.current().flatMap(caller -> this.resolving.resolve(id, form, caller));
	}

	private static CitizenReviewQuery query(String ward, String kind, String status, int page, int size) {
		try {
			return CitizenReviewQuery.parse(ward, kind, status, page, size);
		}
		catch (InvalidCitizenForm ex) {
			throw CitizenProblems.invalid(ex.problems());
		}
	}

}
