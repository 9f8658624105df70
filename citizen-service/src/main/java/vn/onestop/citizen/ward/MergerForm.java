package vn.onestop.citizen.ward;

import java.util.List;

/** The body of {@code POST /wards/mergers} as sent: every value unchecked, so each fault can be named. */
record MergerForm(SuccessorForm successor, String effectiveOn, List<PredecessorForm> predecessors) {

	/** The new unit; its name may be given with or without its type word ("Phường"). */
	record SuccessorForm(String code, String name, String type, String provinceCode) {
	}

	/** An old unit merged into the new one; {@code continues} only for a partial one that keeps existing. */
	record PredecessorForm(String code, Boolean partial, Boolean continues) {
	}

}
