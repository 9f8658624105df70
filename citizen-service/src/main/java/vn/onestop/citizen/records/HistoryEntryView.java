package vn.onestop.citizen.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.onestop.support.privacy.Masking;

/** One change as {@code GET /citizens/{id}/history} shows it, personal ID numbers and phones masked. */
record HistoryEntryView(long version, HistoryAction action, Instant changedAt, String changedBy,
		List<FieldChange> changes) {

	/** Groups the rows of one citizen, ordered by version, into one entry per version. */
	static List<HistoryEntryView> of(List<CitizenHistoryRepository.HistoryRow> rows) {
		List<HistoryEntryView> entries = new ArrayList<>();
		for (CitizenHistoryRepository.HistoryRow row : rows) {
			HistoryEntryView last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
			if (last == null || last.version() != row.version()) {
				last = new HistoryEntryView(row.version(), row.action(), row.changedAt(), row.changedBy(), new ArrayList<>());
				entries.add(last);
			}
			last.changes().add(masked(row.change()));
		}
		return entries;
	}

	private static FieldChange masked(FieldChange change) {
		if (!CitizenChanges.MASKED_FIELDS.contains(change.field())) {
			return change;
		}
		return new FieldChange(change.field(), maskedOrNull(change.oldValue()), maskedOrNull(change.newValue()));
	}

	private static String maskedOrNull(String value) {
		return value == null ? null : Masking.mask(value);
	}

}
