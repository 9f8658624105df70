package vn.onestop.citizen.ward;

import java.time.LocalDate;

/** A unit as the API shows it; effectiveFrom is null for old units whose start the source does not give. */
record WardView(String code, String name, String fullName, UnitType type, String provinceCode, String provinceName,
		String district, LocalDate effectiveFrom, LocalDate effectiveTo) {

	static LocalDate shownStart(LocalDate effectiveFrom) {
		return AdminUnit.UNKNOWN_START.equals(effectiveFrom) ? null : effectiveFrom;
	}

}
