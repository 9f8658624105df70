package vn.onestop.web.citizen;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the citizen pages read from the API: their dossiers (intake) and their own record's preferences (citizen-service). */
final class OwnRecord {

	private OwnRecord() {
	}

	record Dossier(String code, String wardCode, String procedureName, Status status, OffsetDateTime receivedAt,
			OffsetDateTime appointmentAt) {
	}

	record Status(int code, String name, String label) {
	}

	record Citizen(UUID id, String fullName, Preferences preferences, long version) {
	}

	record Preferences(String channel, boolean consent, OffsetDateTime consentAt) {
	}

	/** The preferences form as posted: the channel, the consent box, and the record's version it was read at. */
	record PreferencesForm(String channel, String consent, Long version) {

		public boolean consents() {
			return "true".equals(this.consent) || "on".equals(this.consent);
		}

	}

	static final List<String> CHANNELS = List.of("SMS", "EMAIL", "NONE");

}
