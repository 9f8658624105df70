package vn.onestop.intake.citizen;

/** A refusal that asking again will not change: the submitter's data must be corrected first. */
final class CitizenRefused extends CitizenRequestNotAccepted {

	private final CitizenRefusal refusal;

	CitizenRefused(CitizenRefusal refusal) {
		super(refusal.status(), "citizen-service refused the citizen: " + refusal.status() + " " + refusal.type());
		this.refusal = refusal;
	}

	CitizenRefusal refusal() {
		return this.refusal;
	}

}
