package vn.onestop.web.procedures;

import java.time.LocalTime;
import java.util.List;

/** A procedure as intake's public catalogue returns it (only what the pages show). */
public record Procedure(String code, String name, Field field, int version, ProcessingTime processingTime, Fee fee,
		List<String> channels, String legalBasis, List<Document> requiredDocuments) {

	public record Field(String code, String name) {
	}

	public record ProcessingTime(int amount, String unit, LocalTime sameDayCutoff) {
	}

	public record Fee(String kind, Long amountVnd, String note) {
	}

	public record Document(int position, String key, String name, int originals, int certifiedCopies, int copies,
			boolean mandatory) {
	}

	public record Page(List<Procedure> items, long totalItems) {
	}

	boolean matches(String query) {
		return AccentFolding.matches(query, this.name, this.code, this.field == null ? null : this.field.name());
	}

}
