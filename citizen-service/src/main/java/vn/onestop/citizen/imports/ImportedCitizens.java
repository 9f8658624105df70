package vn.onestop.citizen.imports;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * What an import asks of the citizen records, which own the rules and the tables of citizens, their history, their
 * events and their reviews. Implemented by the records; every call runs in the caller's transaction.
 */
public interface ImportedCitizens {

	/** Whether a code names a commune-level unit in force today. */
	Mono<Boolean> wardInForce(String code);

	/**
	 * Checks and applies one batch of rows, in order, a later row seeing what an earlier one wrote; answers the
	 * outcome of every row in the order given.
	 */
	Mono<List<RowOutcome>> consolidate(ImportTarget target, List<ImportRow> rows);

}
