package vn.onestop.citizen.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.onestop.rules.citizen.Gender;

/**
 * A citizen as the API shows it to those entitled to the record (intake finds citizens this way):
 * {@code legacyIdNumber} flags a 9-digit identity card number.
 */
record CitizenView(UUID id, String fullName, String idNumber, boolean legacyIdNumber, LocalDate dateOfBirth,
		Gender gender, String phone, String email, AddressView address, PreferencesView preferences, boolean active,
		long version) {

	static CitizenView of(Citizen citizen) {
		CitizenDetails details = citizen.details();
		return new CitizenView(citizen.id(), details.fullName(), details.idNumber().value(), details.idNumber().legacy(),
				details.dateOfBirth(), details.gender(), details.phone(), details.email(),
				new AddressView(details.address().line(), details.address().wardCode()),
				new PreferencesView(details.preferences().channel(), details.preferences().consent(), citizen.consentAt()),
				citizen.active(), citizen.version());
	}

	record AddressView(String line, String wardCode) {
	}

	record PreferencesView(NotificationChannel channel, boolean consent, Instant consentAt) {
	}

}
