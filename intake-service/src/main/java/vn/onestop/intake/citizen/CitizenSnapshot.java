package vn.onestop.intake.citizen;

import java.time.LocalDate;

/** What intake knows about a person, sent to citizen-service to find or create its record. */
public record CitizenSnapshot(String idNumber, String fullName, LocalDate dateOfBirth, String phone, String email,
		String addressLine, String wardCode) {

	/**
	 * The gender a 12-digit personal ID number states in its fourth digit (even: male, odd: female;
	 * Circular 07/2016/TT-BCA); unknown for a legacy 9-digit number.
	 */
	public java.util.Optional<String> genderFromIdNumber() {
		if (this.idNumber == null || !this.idNumber.matches("\\d{12}")) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of((this.idNumber.charAt(3) - '0') % 2 == 0 ? "MALE" : "FEMALE");
	}

}
