package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.dossier.DossierCode;

class OutcomeRulesTest {

	private static DossierCode code(String value) {
		return DossierCode.parse(value).orElseThrow();
	}

	@Test
	void filedNamesOneOrMoreDossiers() {
		OutcomeRules.Checked checked = OutcomeRules.check("FILED",
				List.of("H01.01-260701-0001", "H01.01-260701-0002"), null);
		assertThat(checked.valid()).isTrue();
		assertThat(checked.outcome()).isEqualTo(
				new Outcome.Filed(List.of(code("H01.01-260701-0001"), code("H01.01-260701-0002"))));
	}

	@Test
	void filedWithoutADossierIsRefused() {
		assertThat(OutcomeRules.check("FILED", List.of(), null).violations())
			.containsExactly(new Violation("dossierCodes", "must name at least one dossier filed from the ticket"));
		assertThat(OutcomeRules.check("FILED", null, null).outcome()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new Outcome.Filed(List.of()));
	}

	@Test
	void eachDossierCodeIsCheckedAndListedOnce() {
		assertThat(OutcomeRules.check("FILED", List.of("H01.01-260701-0001", "nope", "H01.01-260701-0001"), null)
			.violations()).containsExactly(
					new Violation("dossierCodes[1]", "must be a dossier code such as H01.01-250701-0001"),
					new Violation("dossierCodes[2]", "names a dossier already listed"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Outcome.Filed(List.of(code("H01.01-260701-0001"), code("H01.01-260701-0001"))));
	}

	@Test
	void guidanceNamesNoDossier() {
		assertThat(OutcomeRules.check("GUIDANCE", null, null).outcome()).isEqualTo(new Outcome.Guidance());
		assertThat(OutcomeRules.check("GUIDANCE", List.of("H01.01-260701-0001"), null).violations())
			.containsExactly(new Violation("dossierCodes", "are given only with the outcome FILED"));
	}

	@Test
	void refusedGivesAReason() {
		assertThat(OutcomeRules.check("REFUSED", null, "  Không thuộc thẩm quyền ").outcome())
			.isEqualTo(new Outcome.Refused("Không thuộc thẩm quyền"));
		for (String reason : new String[] { null, "", "   ", "x".repeat(501) }) {
			assertThat(OutcomeRules.check("REFUSED", null, reason).violations())
				.containsExactly(new Violation("reason", "must give why, in 1 to 500 characters"));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> new Outcome.Refused(" "));
	}

	@Test
	void anUnknownOutcomeIsNamed() {
		for (String kind : new String[] { null, "", "filed", "DONE" }) {
			assertThat(OutcomeRules.check(kind, null, null).violations())
				.containsExactly(new Violation("outcome", "must be FILED, GUIDANCE or REFUSED"));
		}
	}

}
