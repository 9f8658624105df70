package vn.onestop.web.queue;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** intake's answer to taking a ticket: what the kiosk prints. */
record Slip(String number, String ward, String centerName, String field, String fieldName, String priority,
		int peopleAhead, Integer estimatedWaitMinutes, OffsetDateTime takenAt, LocalDate day, String status) {
}
