package vn.onestop.citizen.records;

/** The kind of change a history entry records; each is also announced as an event of the matching name. */
enum HistoryAction {

	REGISTERED("CitizenRegistered"), UPDATED("CitizenUpdated"), DEACTIVATED("CitizenDeactivated");

	private final String eventType;

	HistoryAction(String eventType) {
		this.eventType = eventType;
	}

	String eventType() {
		return this.eventType;
	}

}
