package vn.onestop.web.queue;

import java.time.OffsetDateTime;
import java.util.List;

/** intake's ticket view (never a phone number): what the counter console shows and may do with a ticket. */
record QueueTicket(String number, String field, String fieldName, String priority, String status, Integer counter,
		int recalls, OffsetDateTime takenAt, OffsetDateTime calledAt, OffsetDateTime startedAt, Integer peopleAhead,
		Outcome outcome, List<String> allowedActions, boolean viaSms) {

	QueueTicket {
		allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
	}

	public boolean allows(String action) {
		return this.allowedActions.contains(action);
	}

	boolean atCounter(int number) {
		return this.counter != null && this.counter == number
				&& ("CALLED".equals(this.status) || "SERVING".equals(this.status));
	}

	record Outcome(String kind, List<String> dossiers, String reason) {
	}

}
