package vn.onestop.notification.delivery;

import java.util.Set;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.SecurityProblems;

/**
 * Which messages a caller reads: officers and leaders those of the wards they work in, nobody else any. A citizen
 * reads none: a message keeps the phone or e-mail it went to, never the personal ID number a citizen token
 * carries, so it cannot be tied to the citizen safely. Admins and monitors read no ward data.
 */
final class MessageScope {

	private MessageScope() {
	}

	/** The wards a list covers: the one asked for, else every ward the caller works in; 403 for a foreign ward. */
	static Set<String> wardsToList(Caller caller, String requestedWard) {
		Set<String> wards = readableWards(caller);
		if (requestedWard == null) {
			return wards;
		}
		if (!caller.worksIn(requestedWard)) {
			throw SecurityProblems.forbidden();
		}
		return Set.of(requestedWard);
	}

	/** The wards the caller reads messages of; 403 for a caller who reads none. */
	static Set<String> readableWards(Caller caller) {
		Set<String> wards = caller.staffWards();
		if (wards.isEmpty()) {
			throw SecurityProblems.forbidden();
		}
		return wards;
	}

	/** Whether the caller reads this message; one of another ward is answered as missing. */
	static boolean mayRead(Caller caller, Message message) {
		return caller.worksIn(message.wardCode());
	}

}
