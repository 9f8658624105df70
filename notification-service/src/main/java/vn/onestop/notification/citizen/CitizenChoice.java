package vn.onestop.notification.citizen;

import java.util.Objects;
import java.util.UUID;

/**
 * What a citizen's own record says about being told, as of one version of it: the contact on the record
 * and the preference. A preference of {@code null} means the record's events have not said (an event from
 * before they carried preferences): the record then decides nothing.
 */
public record CitizenChoice(UUID citizenId, long version, boolean active, String phone, String email,
		Preference preference, boolean consent) {

	public CitizenChoice {
		Objects.requireNonNull(citizenId, "citizenId");
	}

	/** As citizen-service names them; NOT_CHOSEN is a record made without preferences, NONE a refusal. */
	public enum Preference {

		SMS, EMAIL, NONE, NOT_CHOSEN;

		static Preference parse(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return valueOf(text.strip());
			}
			catch (IllegalArgumentException unknown) {
				return null;
			}
		}

	}

	@Override
	public String toString() {
		return "CitizenChoice[" + this.citizenId + " v" + this.version + ", " + this.preference + "]";
	}

}
