package vn.onestop.intake.dossier;

import java.util.Arrays;
import java.util.Optional;

/** The three levels of a citizen's rating (rất hài lòng / hài lòng / không hài lòng) and their metric tag. */
enum Rating {

	VERY_SATISFIED("very_satisfied"), SATISFIED("satisfied"), NOT_SATISFIED("dissatisfied");

	private final String tag;

	Rating(String tag) {
		this.tag = tag;
	}

	String tag() {
		return this.tag;
	}

	static Optional<Rating> parse(String value) {
		return Arrays.stream(values()).filter(rating -> rating.name().equals(value)).findFirst();
	}

}
