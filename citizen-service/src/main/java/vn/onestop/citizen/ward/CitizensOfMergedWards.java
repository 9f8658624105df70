package vn.onestop.citizen.ward;

import reactor.core.publisher.Mono;

/**
 * Moves the citizens of merged wards, inside the merger's transaction: if it fails, the merger is not recorded.
 * Implemented by the citizen records, which the ward registry must not depend on.
 */
public interface CitizensOfMergedWards {

	Mono<Rehoming> rehome(RecordedMerger merger);

	/** How many citizens moved to the new unit and how many were marked for review. */
	record Rehoming(long moved, long markedForReview) {
	}

}
