package vn.onestop.citizen.records;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue: citizens an officer must look at, e.g. after their ward was split by a merger. */
@RestController
@Tag(name = "Citizens")
class CitizenReviewResource {

	private final CitizenReviewRepository reviews;

	CitizenReviewResource(CitizenReviewRepository reviews) {
		this.reviews = reviews;
	}

	@GetMapping(path = "/citizens/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Citizens to review, oldest first",
			description = "kind PARTIAL_MERGER: the citizen's ward was split by a merger (details: successorCode, "
					+ "effectiveOn, wardContinues); IMPORT_CONFLICT: an imported record disagrees with the stored one.")
	Mono<CitizenReviewPage> reviews(
			@Parameter(description = "5-digit code of the citizen's ward when the review was raised") @RequestParam(required = false) String ward,
			@Parameter(description = "PARTIAL_MERGER or IMPORT_CONFLICT") @RequestParam(required = false) String kind,
			@Parameter(description = "OPEN (default) or RESOLVED") @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return Mono.fromCallable(() -> query(ward, kind, status, page, size)).flatMap(this.reviews::page);
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
