package vn.onestop.intake.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.onestop.intake.calendar.ProcessingTime;

/** The rules of one procedure from its effective date until the next version takes over. */
public record ProcedureVersion(long id, String procedureCode, String fieldCode, String fieldName, int version,
		LocalDate effectiveFrom, String name, ProcessingTime processingTime, Fee fee, Set<Channel> channels,
		String legalBasis, List<RequiredDocument> documents) {

	public ProcedureVersion {
		channels = Set.copyOf(channels);
		documents = List.copyOf(documents);
	}

	public boolean allows(Channel channel) {
		return this.channels.contains(channel);
	}

	public Optional<RequiredDocument> document(String key) {
		return this.documents.stream().filter(document -> document.key().equals(key)).findFirst();
	}

	ProcedureVersion withDocuments(List<RequiredDocument> documents) {
		return new ProcedureVersion(this.id, this.procedureCode, this.fieldCode, this.fieldName, this.version,
				this.effectiveFrom, this.name, this.processingTime, this.fee, this.channels, this.legalBasis, documents);
	}

}
