package vn.onestop.citizen.records;

import java.util.ArrayList;
import java.util.List;

import vn.onestop.citizen.ward.RecordedMerger;

/**
 * What a merger means for the citizens of its predecessors: those of a fully merged ward move to the new unit;
 * those of a partly merged (split) ward stay where they are and are marked for review, since only an officer
 * can tell which part their address lies in, whether the old ward continues or not.
 */
record MergerRehoming(List<String> movingWards, String successorCode, List<Review> reviews) {

	static final String ACTOR = "system:merger";

	MergerRehoming {
		movingWards = List.copyOf(movingWards);
		reviews = List.copyOf(reviews);
	}

	static MergerRehoming of(RecordedMerger merger) {
		List<String> moving = new ArrayList<>();
		List<Review> reviews = new ArrayList<>();
		for (RecordedMerger.Predecessor predecessor : merger.predecessors()) {
			if (predecessor.partial()) {
				reviews.add(new Review(predecessor.code(), reason(merger, predecessor), predecessor.continues()));
			}
			else {
				moving.add(predecessor.code());
			}
		}
		return new MergerRehoming(moving, merger.successorCode(), reviews);
	}

	private static String reason(RecordedMerger merger, RecordedMerger.Predecessor predecessor) {
		String into = merger.successorFullName() + " (" + merger.successorCode() + ")";
		return predecessor.fullName() + " (" + predecessor.code() + ") was partly merged into " + into + " from "
				+ merger.effectiveOn() + "; check whether the address now lies in " + into
				+ (predecessor.continues() ? " or still in " + predecessor.fullName() + "."
						: " or in another unit that received part of it.");
	}

	/** Citizens of {@code wardCode} to review, the reason shown to the officer, and whether the old ward continues. */
	record Review(String wardCode, String reason, boolean wardContinues) {
	}

}
