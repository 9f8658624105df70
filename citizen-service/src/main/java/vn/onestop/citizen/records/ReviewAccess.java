package vn.onestop.citizen.records;

import java.util.LinkedHashSet;
import java.util.Set;

import vn.onestop.support.security.Caller;

/**
 * Which wards decide a review, and so see and resolve it. Always the ward the citizen lives in now, which owns the
 * record (not the ward stored with the review, which a later merger or move may have left behind). For a
 * PARTIAL_MERGER review also the successor the citizen's old ward was partly merged into, as long as the citizen
 * still lives in that split ward: the old ward may no longer exist, and the successor's officers are the ones who
 * tell whether the address now lies in their ward. A ward split several ways raises one review per successor, so
 * any of them may settle where the citizen lives; once the citizen has moved, the other successors no longer decide.
 */
final class ReviewAccess {

	private ReviewAccess() {
	}

	/**
	 * @param reviewWard the citizen's ward when the review was raised (for a partial merger, the split ward)
	 * @param citizenWard the citizen's ward now
	 * @param successorCode for a partial merger, the unit the split ward went into
	 */
	static Set<String> decidingWards(ReviewKind kind, String reviewWard, String citizenWard, String successorCode) {
		Set<String> wards = new LinkedHashSet<>();
		if (citizenWard != null) {
			wards.add(citizenWard);
		}
		if (kind == ReviewKind.PARTIAL_MERGER && successorCode != null && citizenWard != null
				&& citizenWard.equals(reviewWard)) {
			wards.add(successorCode);
		}
		return wards;
	}

	/** Resolve the review: staff of one of its deciding wards; anyone else gets the 404 of a missing review. */
	static boolean mayResolve(Caller caller, Set<String> decidingWards) {
		return decidingWards.stream().anyMatch(caller::worksIn);
	}

}
