package vn.onestop.rules.citizen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rules a person's record obeys in citizen-service, checked as one: every field at fault is reported, named by
 * its JSON path in the form ({@code fullName}, {@code address.wardCode}). citizen-service checks a citizen form with
 * it and intake-service a dossier's submitter, so intake never files a submitter that citizen-service would refuse.
 */
public final class PersonFormValidator {

	private final List<FieldProblem> problems = new ArrayList<>();

	private PersonFormValidator() {
	}

	/** The person with normalised values, and the problems found (empty when the person is valid). */
	public static Result check(PersonForm form, LocalDate today) {
		PersonFormValidator validator = new PersonFormValidator();
		CheckedPerson person = validator.checked(form, today);
		return new Result(person, List.copyOf(validator.problems));
	}

	public record Result(CheckedPerson person, List<FieldProblem> problems) {

		public boolean valid() {
			return this.problems.isEmpty();
		}

	}

	private CheckedPerson checked(PersonForm form, LocalDate today) {
		String fullName = field("fullName", () -> PersonName.normalize(form.fullName()));
		PersonalIdNumber idNumber = field("idNumber", () -> PersonalIdNumber.parse(form.idNumber()));
		LocalDate dateOfBirth = field("dateOfBirth", () -> DateOfBirth.parse(form.dateOfBirth(), today));
		Gender gender = field("gender", () -> Gender.parse(form.gender()));
		if (idNumber != null && dateOfBirth != null && gender != null) {
			field("idNumber", () -> {
				idNumber.checkBornAs(dateOfBirth, gender);
				return idNumber;
			});
		}
		String phone = field("phone", () -> MobilePhone.normalize(form.phone()));
		String email = field("email", () -> EmailAddress.normalize(form.email()));
		String line = null;
		String wardCode = null;
		if (form.address() == null) {
			this.problems.add(new FieldProblem("address", "is required"));
		}
		else {
			line = field("address.line", () -> PostalAddress.line(form.address().line()));
			wardCode = field("address.wardCode", () -> PostalAddress.wardCode(form.address().wardCode()));
		}
		return new CheckedPerson(fullName, idNumber, dateOfBirth, gender, phone, email, line, wardCode);
	}

	private <T> T field(String name, Supplier<T> value) {
		try {
			return value.get();
		}
		catch (InvalidValue ex) {
			this.problems.add(new FieldProblem(name, ex.getMessage()));
			return null;
		}
	}

}
