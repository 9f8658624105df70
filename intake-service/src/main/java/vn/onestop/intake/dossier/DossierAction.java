package vn.onestop.intake.dossier;

/**
 * What an officer, a leader or the citizen does to a dossier, with the event it announces (the names
 * notification-service's EventNotices listens for).
 */
enum DossierAction {

	ACCEPT("DossierAccepted", false),
	REFUSE("Refused", true),
	TRANSFER("DossierTransferred", false),
	REQUEST_SUPPLEMENT("SupplementRequested", true),
	RESUME("SupplementReceived", false),
	REQUEST_FEES("FeesRequested", true),
	CONFIRM_FEES_PAID("FeesPaid", false),
	MARK_RESULT_READY("ResultReady", false),
	RETURN_RESULT("Returned", false),
	WITHDRAW("Withdrawn", true),
	STOP("Stopped", true);

	private final String eventType;

	private final boolean needsReason;

	DossierAction(String eventType, boolean needsReason) {
		this.eventType = eventType;
		this.needsReason = needsReason;
	}

	String eventType() {
		return this.eventType;
	}

	boolean needsReason() {
		return this.needsReason;
	}

}
