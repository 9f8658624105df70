package vn.onestop.citizen.ward;

import java.time.LocalDate;

/**
 * A commune-level unit as it stood during [effectiveFrom, effectiveTo]; effectiveTo null means still in force.
 * The same code may name another unit in another period, so (code, effectiveFrom) identifies a unit.
 */
public record AdminUnit(String code, String name, String fullName, UnitType type, String provinceCode,
		String provinceName, String districtName, LocalDate effectiveFrom, LocalDate effectiveTo) {

	public static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

	public static final LocalDate LAST_DAY_BEFORE_MERGER = MERGER_DAY.minusDays(1);

	/** The old dataset does not say since when its units existed; this marks "since before our records". */
	public static final LocalDate UNKNOWN_START = LocalDate.of(1900, 1, 1);

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(this.effectiveFrom) && (this.effectiveTo == null || !day.isAfter(this.effectiveTo));
	}

}
