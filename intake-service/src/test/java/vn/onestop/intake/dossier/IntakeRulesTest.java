package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.dossier.DossierRequest.Document;
import vn.onestop.intake.dossier.IntakeRules.Violation;
import vn.onestop.intake.procedure.Channel;

class IntakeRulesTest {

	private static final List<Document> COMPLETE = List.of(new Document("ban-sao", null, null, 3),
			new Document("ban-chinh", 1, null, null));

	@Test
	void aCompleteCounterDossierPassesWithItsDocumentsInProcedureOrder() {
		IntakeRules.Checked checked = IntakeRules.check(Channel.IN_PERSON, COMPLETE, Procedures.COPY_CERTIFICATION);
		assertThat(checked.violations()).isEmpty();
		assertThat(checked.documents()).containsExactly(new HandedInDocument(1, "ban-chinh", "Bản chính", 1, 0, 0),
				new HandedInDocument(2, "ban-sao", "Bản sao", 0, 0, 3));
	}

	@Test
	void aChannelTheProcedureDoesNotOfferIsAViolation() {
		assertThat(IntakeRules.check(Channel.ONLINE, COMPLETE, Procedures.COPY_CERTIFICATION).violations())
			.containsExactly(new Violation("channel", "procedure CT-BAN-SAO accepts only [IN_PERSON]"));
	}

	@Test
	void unknownRepeatedAndEmptyDocumentsAreViolations() {
		List<Document> documents = List.of(new Document("ban-chinh", 1, 0, 0), new Document("la", 1, 0, 0),
				new Document("ban-chinh", 1, 0, 0), new Document("ban-sao", 0, 0, 0));
		assertThat(IntakeRules.check(Channel.IN_PERSON, documents, Procedures.COPY_CERTIFICATION).violations())
			.extracting(Violation::field)
			.containsExactly("documents[1].key", "documents[2].key", "documents[3]");
	}

	@Test
	void aCounterDossierNeedsEveryMandatoryDocumentButNotTheOptionalOnes() {
		List<Violation> violations = IntakeRules.check(Channel.IN_PERSON, List.of(new Document("ban-chinh", 1, 0, 0)),
				Procedures.COPY_CERTIFICATION).violations();
		assertThat(violations).hasSize(1);
		assertThat(violations.get(0).message()).contains("ban-sao");
	}

	@Test
	void anOnlineSubmissionIsCheckedForCompletenessLaterByTheOfficer() {
		assertThat(IntakeRules.check(Channel.ONLINE, List.of(), Procedures.MARITAL_STATUS).violations()).isEmpty();
		assertThat(IntakeRules.check(Channel.POSTAL, List.of(), Procedures.MARITAL_STATUS).violations()).isEmpty();
		assertThat(IntakeRules.check(Channel.IN_PERSON, List.of(), Procedures.MARITAL_STATUS).violations()).hasSize(1);
	}

	@Test
	void certifiedCopiesAloneCount() {
		assertThat(IntakeRules.check(Channel.IN_PERSON, List.of(new Document("to-khai", null, 1, null)),
				Procedures.MARITAL_STATUS).violations()).isEmpty();
	}

}
