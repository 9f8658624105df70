package vn.onestop.intake.procedure;

import java.util.Objects;

/** One document a procedure asks for, with how many originals, certified copies and copies. */
public record RequiredDocument(int position, String key, String name, int originals, int certifiedCopies, int copies,
		boolean mandatory) {

	public RequiredDocument {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
	}

}
