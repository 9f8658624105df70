package vn.onestop.citizen.ward;

import java.time.LocalDate;
import java.util.List;

/** A merger as written to the registry, handed to the features that follow it up in the same transaction. */
public record RecordedMerger(String successorCode, String successorFullName, LocalDate effectiveOn,
		List<Predecessor> predecessors) {

	public RecordedMerger {
		predecessors = List.copyOf(predecessors);
	}

	static RecordedMerger of(MergerPlan plan) {
		Merger merger = plan.merger();
		return new RecordedMerger(merger.code(), merger.fullName(), merger.effectiveOn(), plan.links()
			.stream()
			.map(l -> new Predecessor(l.predecessor().code(), l.predecessorName(), l.partial(), l.continues()))
			.toList());
	}

	/** Where the source key of anything the merger raised points: {@code merger:99001@2026-01-01}. */
	public String source() {
		return "merger:" + this.successorCode + "@" + this.effectiveOn;
	}

	public record Predecessor(String code, String fullName, boolean partial, boolean continues) {
	}

}
