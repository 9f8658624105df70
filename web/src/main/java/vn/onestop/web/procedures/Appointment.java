package vn.onestop.web.procedures;

import java.time.OffsetDateTime;

/** intake's due-time preview: when a dossier filed now would be due. */
public record Appointment(OffsetDateTime receivedAt, OffsetDateTime dueAt, double workingHoursCounted) {
}
