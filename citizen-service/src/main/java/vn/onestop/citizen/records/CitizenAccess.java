package vn.onestop.citizen.records;

import java.util.Optional;
import java.util.Set;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

/**
 * Who may do what with a citizen record (issue #6): officers and leaders work on the citizens of their wards, a
 * citizen reads their own record and chooses how they are notified, the platform's services (intake registering the
 * submitter of a dossier) register and find anyone. Admins and monitors read no ward data. A record the caller may
 * not see is answered exactly like a missing one, so its existence does not leak.
 */
final class CitizenAccess {

	/** The members of a merge patch a citizen may send for their own record: their notification preferences. */
	static final Set<String> OWN_PATCH_MEMBERS = Set.of("preferences");

	private CitizenAccess() {
	}

	/** What a change asked for gets: done, refused (403: the caller knows the record), or the 404 of a missing one. */
	enum Verdict {

		ALLOWED, FORBIDDEN, NOT_FOUND

	}

	/** Register a citizen living in this ward: its officers and leaders, and the platform's services. */
	static boolean mayRegister(Caller caller, String wardCode) {
		return caller.worksIn(wardCode) || caller.has(Role.SERVICE);
	}

	/**
	 * Read the record and its history, or find it by personal ID number: staff of the citizen's ward, staff of a
	 * ward that must decide where the citizen of a split ward now lives ({@code reviewWards}), the citizen
	 * themself, and the platform's services.
	 */
	static boolean mayRead(Caller caller, Citizen citizen, Set<String> reviewWards) {
		return caller.worksIn(wardOf(citizen)) || caller.isCitizen(citizen.details().idNumber().value())
				|| caller.has(Role.SERVICE) || reviewWards.stream().anyMatch(caller::worksIn);
	}

	/**
	 * Change the record with a merge patch of these members: staff of the citizen's ward anything, the citizen
	 * themself only their notification preferences (channel and consent), which Decree 13/2023 lets a data subject
	 * withdraw; anyone else is answered as if the record did not exist.
	 */
	static Verdict mayPatch(Caller caller, Citizen citizen, Set<String> members) {
		if (caller.worksIn(wardOf(citizen))) {
			return Verdict.ALLOWED;
		}
		if (caller.isCitizen(citizen.details().idNumber().value())) {
			return OWN_PATCH_MEMBERS.containsAll(members) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
		}
		return Verdict.NOT_FOUND;
	}

	/** Deactivate the record: staff of the citizen's ward only. */
	static boolean mayDeactivate(Caller caller, Citizen citizen) {
		return caller.worksIn(wardOf(citizen));
	}

	/**
	 * The wards a search or a review list covers: the one asked for if the caller works in it, else every ward the
	 * caller works in; empty when the caller may not list (not staff, or someone else's ward asked for: 403).
	 */
	static Optional<Set<String>> wardsToList(Caller caller, String requestedWard) {
		Set<String> wards = caller.staffWards();
		if (wards.isEmpty()) {
			return Optional.empty();
		}
		if (requestedWard == null) {
			return Optional.of(wards);
		}
		return caller.worksIn(requestedWard) ? Optional.of(Set.of(requestedWard)) : Optional.empty();
	}

	/**
	 * The wards a search covers: those asked for if the caller works in every one of them, else (none asked for) every
	 * ward the caller works in; empty when the caller may not search (not staff, or someone else's ward asked for: 403).
	 */
	static Optional<Set<String>> wardsToSearch(Caller caller, Set<String> requestedWards) {
		Set<String> wards = caller.staffWards();
		if (wards.isEmpty()) {
			return Optional.empty();
		}
		if (requestedWards.isEmpty()) {
			return Optional.of(wards);
		}
		return caller.worksInAll(requestedWards) ? Optional.of(Set.copyOf(requestedWards)) : Optional.empty();
	}

	private static String wardOf(Citizen citizen) {
		return citizen.details().address().wardCode();
	}

}
