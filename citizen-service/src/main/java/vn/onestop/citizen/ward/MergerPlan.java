package vn.onestop.citizen.ward;

import java.util.List;

/** What recording a checked merger writes: the units that end the day before, and the links to the new unit. */
record MergerPlan(Merger merger, String provinceName, List<UnitKey> ending, List<Link> links) {

	MergerPlan {
		ending = List.copyOf(ending);
		links = List.copyOf(links);
	}

	record Link(UnitKey predecessor, String predecessorName, boolean partial, boolean continues) {
	}

}
