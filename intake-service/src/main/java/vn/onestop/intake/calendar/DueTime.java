package vn.onestop.intake.calendar;

import java.time.Duration;
import java.time.LocalDateTime;

/** When a dossier is due, with the local times (Asia/Ho_Chi_Minh) it was computed from. */
public record DueTime(LocalDateTime receivedAt, LocalDateTime countingStartsAt, LocalDateTime dueAt,
		Duration workingTimeCounted) {
}
