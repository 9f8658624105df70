package vn.onestop.web.officer;

import java.time.OffsetDateTime;
import java.util.List;

/** intake's {@code GET /dossiers} page as the inbox shows it. */
record InboxPage(List<Item> items, int page, int size, long totalItems, long totalPages) {

	record Item(String code, String wardCode, Procedure procedure, Status status, OffsetDateTime appointmentAt,
			boolean nearDue, boolean overdue) {
	}

	record Procedure(String code, String name) {
	}

	record Status(int code, String name, String label) {
	}

}
