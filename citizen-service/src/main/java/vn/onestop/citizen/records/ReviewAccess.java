package vn.onestop.citizen.records;

import java.util.LinkedHashSet;
import java.util.Set;

import vn.onestop.support.security.Caller;

/**
 * Which wards decide a review, and so see and resolve it. Always the ward the citizen lives in now, which owns the
 * record (not the ward stored with the review, which a later merger or move may have left behind). For a
 * PARTIAL_MERGER review also the successor the citizen's old ward was partly merged into: the old ward may no
 * longer exist, and the successor's officers are the ones who tell whether the address now lies in their ward.
 * Each successor of a ward split several ways has its own review of the citizen, so any of them may settle it.
 */
final class ReviewAccess {

	private ReviewAccess() {
	}

	static Set<String> decidingWards(ReviewKind kind, String citizenWard, String successorCode) {
		Set<String> wards = new LinkedHashSet<>();
		if (citizenWard != null) {
			wards.add(citizenWard);
		}
		if (kind == ReviewKind.PARTIAL_MERGER && successorCode != null) {
			wards.add(successorCode);
		}
		return wards;
	}

	/** Resolve the review: staff of one of its deciding wards; anyone else gets the 404 of a missing review. */
	static boolean mayResolve(Caller caller, Set<String> decidingWards) {
		return decidingWards.stream().anyMatch(caller::worksIn);
	}

}
