package vn.onestop.citizen.ward;

import java.time.LocalDate;

/** The unit at the other end of a merger link, and whether only part of the old unit went into the new one. */
record WardLinkView(String code, String name, String fullName, UnitType type, String provinceCode,
		String provinceName, String district, LocalDate effectiveFrom, LocalDate effectiveTo, boolean partial) {
}
