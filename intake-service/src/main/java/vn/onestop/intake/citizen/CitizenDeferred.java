package vn.onestop.intake.citizen;

/**
 * A 4xx that says "not now" rather than "not this citizen": intake's own credentials refused (401, 403), a timed-out
 * or throttled request (408, 429), a precondition about state that may change (412, 425, 428). Retried with backoff.
 */
final class CitizenDeferred extends CitizenRequestNotAccepted {

	CitizenDeferred(int status) {
		super(status, "citizen-service deferred the request: " + status);
	}

	static boolean applies(int status) {
		return switch (status) {
			case 401, 403, 408, 412, 425, 428, 429 -> true;
			default -> false;
		};
	}

}
