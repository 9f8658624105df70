package vn.onestop.intake.citizen;

import java.time.LocalDate;
import java.util.Optional;

import vn.onestop.rules.citizen.InvalidValue;
import vn.onestop.rules.citizen.PersonalIdNumber;

/**
 * What intake knows about a person, sent to citizen-service to find or create its record. The gender is the one
 * the submitter gave, else the one a 12-digit personal ID number states (Circular 07/2016/TT-BCA).
 */
public record CitizenSnapshot(String idNumber, String fullName, LocalDate dateOfBirth, String phone, String email,
		String addressLine, String wardCode, String givenGender) {

	public CitizenSnapshot(String idNumber, String fullName, LocalDate dateOfBirth, String phone, String email,
			String addressLine, String wardCode) {
		this(idNumber, fullName, dateOfBirth, phone, email, addressLine, wardCode, null);
	}

	public Optional<String> gender() {
		if (this.givenGender != null && !this.givenGender.isBlank()) {
			return Optional.of(this.givenGender);
		}
		try {
			return PersonalIdNumber.parse(this.idNumber).statedGender().map(Enum::name);
		}
		catch (InvalidValue notAnIdNumber) {
			return Optional.empty();
		}
	}

}
