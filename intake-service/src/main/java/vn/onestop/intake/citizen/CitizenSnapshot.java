package vn.onestop.intake.citizen;

import java.time.LocalDate;

/** What intake knows about a person, sent to citizen-service to find or create its record. */
public record CitizenSnapshot(String idNumber, String fullName, LocalDate dateOfBirth, String phone, String email,
		String addressLine, String wardCode) {
}
