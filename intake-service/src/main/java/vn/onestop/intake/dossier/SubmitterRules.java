package vn.onestop.intake.dossier;

import java.time.LocalDate;

import vn.onestop.rules.citizen.CheckedPerson;
import vn.onestop.rules.citizen.InvalidValue;
import vn.onestop.rules.citizen.PersonForm;
import vn.onestop.rules.citizen.PersonFormValidator;
import vn.onestop.rules.citizen.PersonalIdNumber;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

/**
 * A dossier's submitter checked by citizen-service's own rules for a citizen (the citizen-rules module), so intake
 * never files a submitter whose citizen record citizen-service would refuse; values are stored as citizen-service
 * stores them (NFC names, national phone form). Field errors name the request's fields ({@code submitter.gender}).
 */
final class SubmitterRules {

	static final String LEGACY_GENDER = "is required with a legacy 9-digit ID number (MALE or FEMALE)";

	private SubmitterRules() {
	}

	/** The submitter as stored; a 400 problem listing every field at fault otherwise. */
	static Person check(DossierRequest.Submitter submitter, LocalDate today) {
		DossierRequest.Address address = submitter.address();
		PersonForm form = new PersonForm(submitter.fullName(), submitter.idNumber(),
				submitter.dateOfBirth() == null ? null : submitter.dateOfBirth().toString(), genderOf(submitter),
				submitter.phone(), submitter.email(),
				address == null ? null : new PersonForm.Address(address.line(), address.wardCode()));
		PersonFormValidator.Result result = PersonFormValidator.check(form, today);
		if (!result.valid()) {
			boolean genderLeftToTheId = submitter.gender() == null || submitter.gender().isBlank();
			boolean badId = result.problems().stream().anyMatch(problem -> problem.field().equals("idNumber"));
			throw ProblemException.validation(result.problems()
				.stream()
				.filter(problem -> !(genderLeftToTheId && badId && problem.field().equals("gender")))
				.map(problem -> new FieldError("submitter." + problem.field(),
						genderLeftToTheId && problem.field().equals("gender") ? LEGACY_GENDER : problem.message()))
				.toList());
		}
		CheckedPerson person = result.person();
		return new Person(person.fullName(), person.idNumber().value(), person.dateOfBirth(), person.phone(),
				person.email(), new Person.Address(person.addressLine(), person.wardCode()),
				submitter.notificationPreference(), person.gender().name());
	}

	/** The gender given, else the one a 12-digit ID number states (checked against the date of birth all the same). */
	private static String genderOf(DossierRequest.Submitter submitter) {
		if (submitter.gender() != null && !submitter.gender().isBlank()) {
			return submitter.gender();
		}
		try {
			return PersonalIdNumber.parse(submitter.idNumber()).statedGender().map(Enum::name).orElse(null);
		}
		catch (InvalidValue reportedOnTheIdNumber) {
			return null;
		}
	}

}
