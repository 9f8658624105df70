package vn.onestop.intake.citizen;

import java.util.UUID;

/** What one attempt to find or create a dossier's citizen came to. */
public sealed interface LinkOutcome {

	/** The citizen's id in citizen-service. */
	record Linked(UUID citizenId) implements LinkOutcome {
	}

	/** citizen-service refused the submitter (a 4xx): asking again is useless until an officer corrects it. */
	record Refused(CitizenRefusal refusal) implements LinkOutcome {
	}

	/** citizen-service was down, slow, open-circuited or said "not now": ask again later. */
	record Failed(String reason) implements LinkOutcome {
	}

}
