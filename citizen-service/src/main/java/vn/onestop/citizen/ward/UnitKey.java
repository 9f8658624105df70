package vn.onestop.citizen.ward;

import java.time.LocalDate;

/** Identifies a unit: a code may name different units in different periods, its start tells them apart. */
record UnitKey(String code, LocalDate from) {

	@Override
	public String toString() {
		return this.code + "@" + this.from;
	}

}
