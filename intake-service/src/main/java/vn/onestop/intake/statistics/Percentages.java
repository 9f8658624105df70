package vn.onestop.intake.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares as a ward reports them: percent with one decimal, half up (98.24 → 98.2, 98.25 → 98.3).
 * A share of nothing is 0.0. Rounded shares of one whole need not add up to exactly 100.
 */
final class Percentages {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Percentages() {
	}

	static BigDecimal of(long part, long whole) {
		if (part < 0 || whole < 0 || part > whole) {
			throw new IllegalArgumentException("Not a share: " + part + " of " + whole);
		}
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
