package vn.onestop.intake.procedure;

import java.util.Objects;

/** What the applicant pays, in VND; the note carries the wording printed on the receipt. */
public record Fee(FeeKind kind, Long amountVnd, String note) {

	public Fee {
		Objects.requireNonNull(kind, "kind");
		boolean needsAmount = kind == FeeKind.FIXED || kind == FeeKind.PER_ITEM;
		if (needsAmount != (amountVnd != null)) {
			throw new IllegalArgumentException("A " + kind + " fee " + (needsAmount ? "needs" : "has no") + " amount");
		}
		if (amountVnd != null && amountVnd < 0) {
			throw new IllegalArgumentException("A fee must not be negative: " + amountVnd);
		}
	}

}
