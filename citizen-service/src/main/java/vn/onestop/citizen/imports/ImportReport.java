package vn.onestop.citizen.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of an import: how many rows it read and what became of them (the counts add up to {@code rows}), and
 * the rows it refused. {@code errors} shows the first {@value #ERRORS_SHOWN}; {@code errorCount} is exact and
 * {@code GET /citizens/imports/{id}/errors} pages through all. {@code replayed} is true when the same file had
 * already been imported into the same ward and this answer is that import's report.
 */
record ImportReport(UUID importId, String successorWard, String source, ImportFormat format, long bytes, long rows,
		long created, long merged, long unchanged, long conflicts, long invalid, long errorCount, List<ImportError> errors,
		Instant importedAt, String importedBy, boolean replayed) {

	static final int ERRORS_SHOWN = 1000;

	static ImportReport of(UUID importId, ImportRequest request, long bytes, ImportTally tally, Instant at, String actor) {
		List<ImportError> errors = tally.errors();
		return new ImportReport(importId, request.successorWard(), request.source(), request.format(), bytes, tally.rows(),
				tally.count(RowOutcome.Outcome.CREATED), tally.count(RowOutcome.Outcome.MERGED),
				tally.count(RowOutcome.Outcome.UNCHANGED), tally.count(RowOutcome.Outcome.CONFLICT),
				tally.count(RowOutcome.Outcome.INVALID), errors.size(),
				List.copyOf(errors.subList(0, Math.min(errors.size(), ERRORS_SHOWN))), at, actor, false);
	}

	ImportReport asReplayed() {
		return new ImportReport(this.importId, this.successorWard, this.source, this.format, this.bytes, this.rows,
				this.created, this.merged, this.unchanged, this.conflicts, this.invalid, this.errorCount, this.errors,
				this.importedAt, this.importedBy, true);
	}

}
