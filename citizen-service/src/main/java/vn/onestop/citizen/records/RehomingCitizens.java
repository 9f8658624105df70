package vn.onestop.citizen.records;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.onestop.citizen.ward.CitizensOfMergedWards;
import vn.onestop.citizen.ward.RecordedMerger;

/**
 * Re-homes the citizens of a merger's predecessors, in the merger's transaction (a crash loses neither): moves
 * those of full predecessors, marks those of partial ones for review. Nothing is deleted; history keeps the old ward.
 */
@Component
class RehomingCitizens implements CitizensOfMergedWards {

	private final CitizenMoves moves;

	private final CitizenReviewRepository reviews;

	RehomingCitizens(CitizenMoves moves, CitizenReviewRepository reviews) {
		this.moves = moves;
		this.reviews = reviews;
	}

	@Override
	public Mono<Rehoming> rehome(RecordedMerger merger) {
		MergerRehoming plan = MergerRehoming.of(merger);
		Instant at = RegisteringCitizen.now();
		return this.moves.move(plan.movingWards(), plan.successorCode(), MergerRehoming.ACTOR, at)
			.flatMap(moved -> this.reviews.raiseForMerger(plan, merger, MergerRehoming.ACTOR, at)
				.map(marked -> new Rehoming(moved, marked)));
	}

}
