package vn.onestop.citizen.records;

/** Why a citizen needs an officer's look; stored in citizen_review.kind. */
enum ReviewKind {

	/** The citizen's ward was split by a merger: which new unit the address belongs to is not known. */
	PARTIAL_MERGER,
	/** An imported record disagrees with the stored one (raised by the consolidation import). */
	IMPORT_CONFLICT

}
