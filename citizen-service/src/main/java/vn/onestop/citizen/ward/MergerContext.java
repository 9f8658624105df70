package vn.onestop.citizen.ward;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the registry says about a merger request: the province's name (null when none is in force on the day),
 * the units that each predecessor code could mean around the day, the units holding the new code on or after
 * the day, and the links backwards from the predecessors (unit → its own predecessors).
 */
record MergerContext(String provinceName, Map<String, List<UnitState>> candidates, List<UnitState> codeHolders,
		Map<UnitKey, List<UnitKey>> predecessorsOf) {

	MergerContext {
		candidates = Map.copyOf(candidates);
		codeHolders = List.copyOf(codeHolders);
		predecessorsOf = Map.copyOf(predecessorsOf);
	}

	List<UnitState> candidates(String code) {
		return this.candidates.getOrDefault(code, List.of());
	}

	/** A unit with its period; {@code splitOnDay}: it already went partly into a unit starting on the merger day. */
	record UnitState(UnitKey key, LocalDate effectiveTo, String fullName, boolean splitOnDay) {

		boolean inForceOn(LocalDate day) {
			return !day.isBefore(this.key.from()) && (this.effectiveTo == null || !day.isAfter(this.effectiveTo));
		}

	}

}
