package vn.onestop.intake.procedure;

import java.util.List;

/**
 * The body of {@code POST /procedures/{code}/versions}: a new version of a procedure, in the shape the catalogue
 * shows it. Dates, units, kinds and channels stay text until {@link ProcedureRules} has checked them, so a wrong
 * value is answered with a field error rather than a decoding failure.
 */
record ProcedurePublication(Field field, String effectiveFrom, String name, Time processingTime, Charge fee,
		List<String> channels, String legalBasis, List<Document> requiredDocuments) {

	/** The field (lĩnh vực); required for a new procedure, and must stay the same for an existing one. */
	record Field(String code, String name) {
	}

	record Time(Integer amount, String unit, String sameDayCutoff) {
	}

	record Charge(String kind, Long amountVnd, String note) {
	}

	record Document(String key, String name, Integer originals, Integer certifiedCopies, Integer copies,
			Boolean mandatory) {
	}

}
