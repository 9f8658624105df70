package vn.onestop.intake.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies a citizen sends without logging in; the last four phone digits stand for a login. */
final class CitizenRequests {

	static final String LAST4 = "\\d{4}";

	private CitizenRequests() {
	}

	record Lookup(@NotBlank @Size(max = 64) String code,
			@NotBlank @Pattern(regexp = LAST4, message = "must be the last 4 digits of the phone") String phoneLast4) {
	}

	record Rate(@NotBlank @Pattern(regexp = "VERY_SATISFIED|SATISFIED|NOT_SATISFIED",
			message = "must be VERY_SATISFIED, SATISFIED or NOT_SATISFIED") String rating,
			@Size(max = 1000) String comment,
			@NotBlank @Pattern(regexp = LAST4, message = "must be the last 4 digits of the phone") String phoneLast4) {
	}

}
