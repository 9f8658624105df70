package vn.onestop.intake.dossier;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The snapshot of a submitter or owner as it was at intake (or as an officer corrected it). The gender is the one
 * the submitter gave or their 12-digit ID number states; null for owners and for dossiers filed before it was kept.
 */
record Person(String fullName, String idNumber, LocalDate dateOfBirth, String phone, String email, Address address,
		String notificationPreference, String gender) {

	Person(String fullName, String idNumber, LocalDate dateOfBirth, String phone, String email, Address address,
			String notificationPreference) {
		this(fullName, idNumber, dateOfBirth, phone, email, address, notificationPreference, null);
	}

	record Address(String line, String wardCode) {
	}

	List<Object> meaning() {
		return Arrays.asList(this.fullName, this.idNumber, this.dateOfBirth, this.phone, this.email,
				this.address.line(), this.address.wardCode(), this.notificationPreference);
	}

}
