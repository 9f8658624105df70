package vn.onestop.intake.citizen;

/**
 * citizen-service answered and said no (a 4xx): it is up and working, so its breaker counts this neither as a
 * failure nor as a success (CitizenBreakerConfiguration).
 */
abstract class CitizenRequestNotAccepted extends RuntimeException {

	private final int status;

	CitizenRequestNotAccepted(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
