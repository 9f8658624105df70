package vn.onestop.intake.dossier;

import java.time.OffsetDateTime;
import java.util.List;

/** GET /dossiers: one page of dossiers, soonest appointment first. */
record DossierPage(List<Item> items, int page, int size, long totalItems, long totalPages) {

	record Item(String code, String wardCode, Procedure procedure, DossierView.Status status,
			OffsetDateTime appointmentAt, boolean nearDue, boolean overdue) {
	}

	record Procedure(String code, String name) {
	}

	static DossierPage of(List<Item> items, int page, int size, long total) {
		return new DossierPage(items, page, size, total, (total + size - 1) / size);
	}

}
