package vn.onestop.intake.dossier;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The snapshot of a submitter or owner as it was at intake. */
record Person(String fullName, String idNumber, LocalDate dateOfBirth, String phone, String email, Address address,
		String notificationPreference) {

	record Address(String line, String wardCode) {
	}

	List<Object> meaning() {
		return Arrays.asList(this.fullName, this.idNumber, this.dateOfBirth, this.phone, this.email,
				this.address.line(), this.address.wardCode(), this.notificationPreference);
	}

}
