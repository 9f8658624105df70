package vn.onestop.intake.dossier;

import java.util.Optional;
import java.util.Set;

import vn.onestop.support.security.Caller;

/**
 * Who may do what with a dossier (issue #6): officers and leaders work on the dossiers of their wards, a citizen
 * reads the dossiers they submitted, a leader of the dossier's ward approves what needs a leader. A dossier the
 * caller may not see is answered exactly like a missing one, so its existence does not leak.
 */
final class DossierAccess {

	private DossierAccess() {
	}

	/** Receive a dossier for this ward, or act on one of it. */
	static boolean mayWorkIn(Caller caller, String wardCode) {
		return caller.worksIn(wardCode);
	}

	/** See the dossier, its receipt and its history: staff of its ward, or the citizen who submitted it. */
	static boolean mayRead(Caller caller, Dossier dossier) {
		return caller.worksIn(dossier.wardCode())
				|| (dossier.submitter() != null && caller.isCitizen(dossier.submitter().idNumber()));
	}

	/** A second supplement request or apology goes through only for a leader of the dossier's ward. */
	static boolean approves(Caller caller, String wardCode) {
		return caller.leads(wardCode);
	}

	/** A request saying a leader approved, sent by someone who is not a leader of the ward: refused (403). */
	static boolean claimsApprovalFalsely(Caller caller, String wardCode, boolean claimed) {
		return claimed && !caller.leads(wardCode);
	}

	/**
	 * The wards a dossier list may show: the one asked for if the caller works in it, else all the caller's wards;
	 * empty when the caller may not list (not staff, or a ward of someone else asked for).
	 */
	static Optional<Set<String>> listable(Caller caller, String requestedWard) {
		Set<String> wards = caller.staffWards();
		if (wards.isEmpty()) {
			return Optional.empty();
		}
		if (requestedWard == null) {
			return Optional.of(wards);
		}
		return caller.worksIn(requestedWard) ? Optional.of(Set.of(requestedWard)) : Optional.empty();
	}

}
