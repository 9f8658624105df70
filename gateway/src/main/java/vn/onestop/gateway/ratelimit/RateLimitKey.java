package vn.onestop.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;

import vn.onestop.support.security.Caller;

/** One budget: its kind and whose it is (a client address, a token subject or a ward code). */
record RateLimitKey(RateLimitKind kind, String owner) {

	/**
	 * The budgets a request draws on, all of which must have room: the client address when nobody is signed in,
	 * else the subject and every ward the token names.
	 */
	static List<RateLimitKey> of(Caller caller, String clientAddress) {
		if (caller.isAnonymous()) {
			return List.of(new RateLimitKey(RateLimitKind.PUBLIC, clientAddress));
		}
		List<RateLimitKey> keys = new ArrayList<>();
		keys.add(new RateLimitKey(RateLimitKind.SUBJECT, caller.subject()));
		caller.wards().stream().sorted().forEach(ward -> keys.add(new RateLimitKey(RateLimitKind.WARD, ward)));
		return keys;
	}

}
