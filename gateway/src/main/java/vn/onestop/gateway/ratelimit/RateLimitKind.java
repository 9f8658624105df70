package vn.onestop.gateway.ratelimit;

import java.util.Locale;

/** Which budget a request draws on; also the only tag of the rate-limit metric. */
enum RateLimitKind {

	/** Requests without a token, per client address. */
	PUBLIC,

	/** Requests with a token, per token subject. */
	SUBJECT,

	/** Requests with a token naming wards, per ward: shared by all the ward's officers. */
	WARD,

	/**
	 * Requests turned away with 401 (a missing, forged or expired token), per client address: an address that keeps
	 * sending them is refused before its tokens are checked at all.
	 */
	REJECTED;

	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
