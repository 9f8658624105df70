package vn.onestop.intake.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.onestop.intake.procedure.Channel;

/** A dossier as stored: the snapshots and procedure version it was received under, and its status. */
record Dossier(UUID id, DossierCode code, String wardCode, long procedureVersionId, String procedureCode,
		Channel channel, DossierStatus status, Instant receivedAt, Instant countingStartsAt, Instant dueAt, int sets,
		Person submitter, Person owner, List<HandedInDocument> documents, String notes, String receivedBy,
		UUID citizenId) {

	Dossier {
		documents = List.copyOf(documents);
	}

	boolean citizenLinkPending() {
		return this.citizenId == null;
	}

}
