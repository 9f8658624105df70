package vn.onestop.intake.dossier;

import java.time.OffsetDateTime;
import java.util.List;

/** GET /dossiers: one page of dossiers, soonest appointment first. */
record DossierPage(List<Item> items, int page, int size, long totalItems, long totalPages) {

	/**
	 * {@code workingMinutesLeft}: working time until the appointment along the ward's calendar, negative once
	 * overdue, null while the clock does not run; {@code submitterName}: for the officer's list only (staff of the
	 * ward see it on the dossier anyway).
	 */
	record Item(String code, String wardCode, Procedure procedure, DossierView.Status status,
			OffsetDateTime appointmentAt, Long workingMinutesLeft, boolean nearDue, boolean overdue,
			String submitterName) {
	}

	record Procedure(String code, String name) {
	}

	static DossierPage of(List<Item> items, int page, int size, long total) {
		return new DossierPage(items, page, size, total, (total + size - 1) / size);
	}

}
