package vn.onestop.citizen.records;

/**
 * A citizen as a client sends it: every value as typed, checked by {@link CitizenFormValidator}.
 * {@code PATCH} merges its patch into the form of the stored citizen and checks the result the same way.
 */
record CitizenForm(String fullName, String idNumber, String dateOfBirth, String gender, String phone, String email,
		AddressForm address, PreferencesForm preferences) {

	static CitizenForm of(CitizenDetails details) {
		CitizenDetails.Address address = details.address();
		CitizenDetails.Preferences preferences = details.preferences();
		return new CitizenForm(details.fullName(), details.idNumber().value(), details.dateOfBirth().toString(),
				details.gender().name(), details.phone(), details.email(),
				new AddressForm(address.line(), address.wardCode()),
				new PreferencesForm(preferences.channel().name(), preferences.consent()));
	}

	record AddressForm(String line, String wardCode) {
	}

	record PreferencesForm(String channel, Boolean consent) {
	}

}
