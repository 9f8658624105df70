package vn.onestop.citizen.imports;

import java.util.List;

/** What became of one row; {@code errors} is empty unless the outcome is {@link Outcome#INVALID}. */
public record RowOutcome(long line, Outcome outcome, List<ImportError> errors) {

	public RowOutcome {
		errors = List.copyOf(errors);
	}

	public static RowOutcome of(long line, Outcome outcome) {
		return new RowOutcome(line, outcome, List.of());
	}

	public static RowOutcome invalid(long line, List<ImportError> errors) {
		return new RowOutcome(line, Outcome.INVALID, errors);
	}

	public enum Outcome {

		/** No citizen had the personal ID number: registered in the successor ward. */
		CREATED,
		/** The stored citizen agreed and lacked a phone, e-mail or address line the row gave: filled in. */
		MERGED,
		/** The stored citizen already holds everything the row says: nothing written. */
		UNCHANGED,
		/** The row disagrees with the stored citizen: nothing written, an IMPORT_CONFLICT review raised. */
		CONFLICT,
		/** The row breaks a rule: nothing written, reported with its line. */
		INVALID

	}

}
