package vn.onestop.intake.queue.persistence;

import java.time.Instant;
import java.util.Objects;

import vn.onestop.intake.queue.model.CenterSetup;

/** A ward's queue set-up as stored: the center's name, the set-up, how many times it was saved, when and by whom. */
public record StoredSetup(String ward, String centerName, CenterSetup setup, int version, Instant updatedAt,
		String updatedBy) {

	public StoredSetup {
		Objects.requireNonNull(ward, "ward");
		Objects.requireNonNull(centerName, "centerName");
		Objects.requireNonNull(setup, "setup");
	}

}
