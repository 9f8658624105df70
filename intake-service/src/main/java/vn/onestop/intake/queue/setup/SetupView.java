package vn.onestop.intake.queue.setup;

import java.time.Instant;
import java.util.List;

import vn.onestop.intake.queue.persistence.SetupDocument;
import vn.onestop.intake.queue.persistence.StoredSetup;

/** A ward's queue set-up with every value explicit (defaults filled in), its version and when it was saved. */
record SetupView(String ward, String centerName, List<SetupDocument.Field> fields,
		List<SetupDocument.CounterDocument> counters, List<String> priorityGroups, String ordering,
		int priorityHeadStartMinutes, int recallLimit, int notifyAhead, int version, Instant updatedAt) {

	static SetupView of(StoredSetup stored) {
		SetupDocument document = SetupDocument.of(stored.setup());
		return new SetupView(stored.ward(), stored.centerName(), document.fields(), document.counters(),
				document.priorityGroups(), document.ordering(), document.priorityHeadStartMinutes(),
				document.recallLimit(), document.notifyAhead(), stored.version(), stored.updatedAt());
	}

}
