package vn.onestop.intake.procedure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import vn.onestop.intake.calendar.DueTimeUnit;

/** A procedure version as the public catalogue shows it. */
record ProcedureView(String code, String name, Field field, int version, LocalDate effectiveFrom,
		ProcessingTimeView processingTime, Fee fee, List<Channel> channels, String legalBasis,
		List<RequiredDocument> requiredDocuments) {

	record Field(String code, String name) {
	}

	record ProcessingTimeView(int amount, DueTimeUnit unit, LocalTime sameDayCutoff) {
	}

	static ProcedureView of(ProcedureVersion version) {
		return new ProcedureView(version.procedureCode(), version.name(),
				new Field(version.fieldCode(), version.fieldName()), version.version(), version.effectiveFrom(),
				new ProcessingTimeView(version.processingTime().amount(), version.processingTime().unit(),
						version.processingTime().sameDayCutoff().orElse(null)),
				version.fee(), version.channels().stream().sorted().toList(), version.legalBasis(),
				version.documents());
	}

}
