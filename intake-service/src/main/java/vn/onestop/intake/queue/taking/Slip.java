package vn.onestop.intake.queue.taking;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the slip prints: the number, the ward and its center, the field, the people ahead when it was taken, the wait
 * they make (null when no counter serves the field) and the time. No personal data.
 */
record Slip(String number, String ward, String centerName, String field, String fieldName, String priority,
		int peopleAhead, Long estimatedWaitMinutes, Instant takenAt, LocalDate day, String status) {
}
