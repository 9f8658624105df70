package vn.onestop.web.lookup;

import java.time.OffsetDateTime;

/** intake's look-up answer: status, procedure, appointment and ward. */
record FoundDossier(Status status, String procedureName, OffsetDateTime appointmentAt, String wardCode) {

	record Status(int code, String name, String label) {
	}

}
