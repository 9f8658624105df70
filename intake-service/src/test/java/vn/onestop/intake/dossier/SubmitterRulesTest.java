package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

class SubmitterRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 10, 26);

	private static DossierRequest.Submitter submitter(String name, String id, LocalDate born, String phone, String gender) {
		return new DossierRequest.Submitter(name, id, born, phone, "an@Example.VN",
				new DossierRequest.Address(" 12  Lê Lợi", "26734"), "SMS", gender);
	}

	private static ProblemException refused(DossierRequest.Submitter submitter) {
		return catchThrowableOfType(ProblemException.class, () -> SubmitterRules.check(submitter, TODAY));
	}

	@Test
	void storesTheSubmitterAsCitizenServiceWouldWithTheGenderItsIdNumberStates() {
		Person person = SubmitterRules.check(submitter("Nguyễn  Văn An", "038187042028", LocalDate.of(1987, 3, 2),
				"+84 912 345 678", null), TODAY);
		assertThat(person).isEqualTo(new Person("Nguyễn Văn An", "038187042028", LocalDate.of(1987, 3, 2), "0912345678",
				"an@example.vn", new Person.Address("12 Lê Lợi", "26734"), "SMS", "FEMALE"));
	}

	@Test
	void aLegacyIdNumberNeedsTheGenderAndKeepsTheOneGiven() {
		assertThat(refused(submitter("Nguyễn Văn An", "123456789", LocalDate.of(1987, 3, 2), "0912345678", null))
			.fieldErrors()).containsExactly(new FieldError("submitter.gender", SubmitterRules.LEGACY_GENDER));
		assertThat(SubmitterRules.check(submitter("Nguyễn Văn An", "123456789", LocalDate.of(1987, 3, 2), "0912345678",
				"male"), TODAY).gender()).isEqualTo("MALE");
	}

	@Test
	void aBadIdNumberIsReportedAloneWhenTheGenderWasLeftToIt() {
		assertThat(refused(submitter("Nguyễn Văn An", "12345", LocalDate.of(1987, 3, 2), "0912345678", null))
			.fieldErrors()).extracting(FieldError::field).containsExactly("submitter.idNumber");
	}

	@Test
	void aGivenGenderIsCheckedAgainstTheIdNumber() {
		assertThat(refused(submitter("Nguyễn Văn An", "038087042028", LocalDate.of(1987, 3, 2), "0912345678", "FEMALE"))
			.fieldErrors()).extracting(FieldError::field).containsExactly("submitter.idNumber");
	}

	@Test
	void everyFieldAtFaultIsNamedAtOnce() {
		ProblemException problem = refused(submitter("An\u200B", "038087042028", null, "0241234567", null));
		assertThat(problem.status().value()).isEqualTo(400);
		assertThat(problem.fieldErrors()).extracting(FieldError::field)
			.containsExactly("submitter.fullName", "submitter.dateOfBirth", "submitter.phone");
	}

}
