package vn.onestop.web.lookup;

import java.time.OffsetDateTime;

/** intake's look-up answer: status, procedure, appointment and ward, and whether the citizen rated it. */
record FoundDossier(Status status, String procedureName, OffsetDateTime appointmentAt, String wardCode, boolean rated) {

	static final int RETURNED = 10;

	record Status(int code, String name, String label) {
	}

	/** The rating form is offered once the result was returned and until the citizen rated it. */
	public boolean ratable() {
		return this.status != null && this.status.code() == RETURNED && !this.rated;
	}

}
