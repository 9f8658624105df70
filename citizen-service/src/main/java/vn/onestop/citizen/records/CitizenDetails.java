package vn.onestop.citizen.records;

import java.time.LocalDate;

import vn.onestop.rules.citizen.Gender;
import vn.onestop.rules.citizen.PersonalIdNumber;

/** Everything about a citizen that a client may set, after checking and normalising. */
record CitizenDetails(String fullName, PersonalIdNumber idNumber, LocalDate dateOfBirth, Gender gender, String phone,
		String email, Address address, Preferences preferences) {

	/** A free-text street address (may be absent) in a commune-level unit of the ward registry. */
	record Address(String line, String wardCode) {
	}

	record Preferences(NotificationChannel channel, boolean consent) {
	}

}
