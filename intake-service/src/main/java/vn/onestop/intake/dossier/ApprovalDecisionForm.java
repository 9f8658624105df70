package vn.onestop.intake.dossier;

import jakarta.validation.constraints.Size;

/** The body of a leader's refusal (the reason, required) or approval (an optional note). */
record ApprovalDecisionForm(@Size(max = 2000) String reason) {

	static ApprovalDecisionForm empty() {
		return new ApprovalDecisionForm(null);
	}

	String cleanReason() {
		return this.reason == null || this.reason.isBlank() ? null : TextRules.nfc(this.reason).strip();
	}

}
