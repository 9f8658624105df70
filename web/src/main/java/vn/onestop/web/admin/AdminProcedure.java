package vn.onestop.web.admin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A procedure version as intake shows it (catalogue, one procedure, its versions). */
record AdminProcedure(String code, String name, Field field, int version, LocalDate effectiveFrom,
		ProcessingTime processingTime, Fee fee, List<String> channels, String legalBasis,
		List<Document> requiredDocuments) {

	AdminProcedure {
		channels = channels == null ? List.of() : List.copyOf(channels);
		requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
	}

	record Field(String code, String name) {
	}

	record ProcessingTime(int amount, String unit, LocalTime sameDayCutoff) {
	}

	record Fee(String kind, Long amountVnd, String note) {
	}

	record Document(int position, String key, String name, int originals, int certifiedCopies, int copies,
			boolean mandatory) {
	}

	record Page(List<AdminProcedure> items, long totalItems) {
	}

}
