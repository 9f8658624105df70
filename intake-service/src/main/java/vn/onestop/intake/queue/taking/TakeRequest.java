package vn.onestop.intake.queue.taking;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a kiosk, an officer or a citizen sends to take a ticket; a phone only with consent to the SMS. */
record TakeRequest(@Schema(description = "A field code of the center's set-up", example = "HO_TICH") String field,
		@Schema(description = "A priority group the center serves first, or null",
				allowableValues = { "ELDERLY", "DISABILITY", "PREGNANT", "SMALL_CHILDREN", "MERIT" }) String priority,
		@Schema(description = "Optional Vietnamese mobile number for the \"almost your turn\" SMS; needs smsConsent true",
				example = "0901234567") String phone,
		@Schema(description = "The citizen agrees to get one SMS when their turn is near") Boolean smsConsent) {
}
