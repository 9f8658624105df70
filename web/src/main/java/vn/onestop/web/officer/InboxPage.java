package vn.onestop.web.officer;

import java.time.OffsetDateTime;
import java.util.List;

/** intake's {@code GET /dossiers} page as the inbox shows it. */
record InboxPage(List<Item> items, int page, int size, long totalItems, long totalPages) {

	/** {@code workingMinutesLeft}: negative once overdue, null while the clock does not run. */
	record Item(String code, String wardCode, Procedure procedure, Status status, OffsetDateTime appointmentAt,
			Long workingMinutesLeft, boolean nearDue, boolean overdue, String submitterName) {
	}

	record Procedure(String code, String name) {
	}

	record Status(int code, String name, String label) {
	}

}
