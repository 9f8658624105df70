package vn.onestop.rules.citizen;

import java.time.LocalDate;

/** A person's fields checked and normalised; a field is null where its value broke a rule (see the problems). */
public record CheckedPerson(String fullName, PersonalIdNumber idNumber, LocalDate dateOfBirth, Gender gender,
		String phone, String email, String addressLine, String wardCode) {
}
