package vn.onestop.citizen.ward;

/** A predecessor name of the merger map that did not resolve to exactly one old unit, and why. */
public record UnmatchedPredecessor(String province, String successorCode, String successorName, String predecessor,
		String reason) {
}
