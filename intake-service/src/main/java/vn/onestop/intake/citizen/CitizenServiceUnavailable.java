package vn.onestop.intake.citizen;

/** citizen-service answered with something the contract does not allow, or an error status. */
class CitizenServiceUnavailable extends RuntimeException {

	CitizenServiceUnavailable(String message) {
		super(message);
	}

}
