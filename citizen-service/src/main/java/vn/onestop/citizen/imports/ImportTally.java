package vn.onestop.citizen.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.onestop.citizen.imports.RowOutcome.Outcome;

/** Counts the outcomes of an import's rows as the batches come back, and keeps every error in file order. */
final class ImportTally {

	private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);

	private final List<ImportError> errors = new ArrayList<>();

	ImportTally add(List<RowOutcome> outcomes) {
		for (RowOutcome outcome : outcomes) {
			this.counts.merge(outcome.outcome(), 1L, Long::sum);
			this.errors.addAll(outcome.errors());
		}
		return this;
	}

	long count(Outcome outcome) {
		return this.counts.getOrDefault(outcome, 0L);
	}

	long rows() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

	List<ImportError> errors() {
		return this.errors;
	}

}
