package vn.onestop.citizen.ward;

import java.time.LocalDate;
import java.util.List;

/** The answer to a recorded merger; stored with it, so posting the same merger again answers the same. */
record MergerOutcome(Successor successor, LocalDate effectiveOn, List<Predecessor> predecessors, long citizensMoved,
		long citizensForReview) {

	static MergerOutcome of(MergerPlan plan, CitizensOfMergedWards.Rehoming rehoming) {
		Merger merger = plan.merger();
		return new MergerOutcome(new Successor(merger.code(), merger.name(), merger.fullName(), merger.type(),
				merger.provinceCode(), plan.provinceName()), merger.effectiveOn(),
				plan.links().stream().map(l -> new Predecessor(l.predecessor().code(), l.predecessorName(), l.partial(),
						l.continues(), l.continues() ? null : merger.effectiveOn().minusDays(1))).toList(),
				rehoming.moved(), rehoming.markedForReview());
	}

	record Successor(String code, String name, String fullName, UnitType type, String provinceCode, String provinceName) {
	}

	/** {@code effectiveTo}: the last day of the old unit, null when a partial one continues. */
	record Predecessor(String code, String fullName, boolean partial, boolean continues, LocalDate effectiveTo) {
	}

}
