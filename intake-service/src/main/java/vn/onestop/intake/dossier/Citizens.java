package vn.onestop.intake.dossier;

import vn.onestop.intake.citizen.CitizenSnapshot;

final class Citizens {

	private Citizens() {
	}

	static CitizenSnapshot snapshotOf(Person person) {
		return new CitizenSnapshot(person.idNumber(), person.fullName(), person.dateOfBirth(), person.phone(),
				person.email(), person.address().line(), person.address().wardCode(), person.gender());
	}

}
