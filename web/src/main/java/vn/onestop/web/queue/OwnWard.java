package vn.onestop.web.queue;

import reactor.core.publisher.Mono;

import vn.onestop.web.session.SignedInUser;

/**
 * The ward a staff page works on: the one asked for when the user's ID token names it, else the first it names. Only
 * a choice of what to ask; intake decides whether the user may read that ward (and answers 403 otherwise).
 */
final class OwnWard {

	private OwnWard() {
	}

	static Mono<String> of(String asked) {
		return SignedInUser.current().map(user -> {
			if (asked != null && user.wards().contains(asked)) {
				return asked;
			}
			return user.wards().isEmpty() ? "" : user.wards().get(0);
		}).defaultIfEmpty("");
	}

}
