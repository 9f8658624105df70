package vn.onestop.intake.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Early, on time or late: the DATE the result was returned against the DATE of the appointment, both
 * in Vietnam's time zone; the hour does not count. The statistics query computes the day difference
 * in SQL with the same zone and classifies it with {@link #ofDaysAfterAppointment(long)}.
 */
enum ReturnTimeliness {

	EARLY, ON_TIME, LATE;

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static ReturnTimeliness of(Instant returnedAt, Instant appointmentAt) {
		return of(LocalDate.ofInstant(returnedAt, ZONE), LocalDate.ofInstant(appointmentAt, ZONE));
	}

	static ReturnTimeliness of(LocalDate returnedOn, LocalDate appointmentOn) {
		return ofDaysAfterAppointment(ChronoUnit.DAYS.between(appointmentOn, returnedOn));
	}

	static ReturnTimeliness ofDaysAfterAppointment(long days) {
		if (days < 0) {
			return EARLY;
		}
		return days == 0 ? ON_TIME : LATE;
	}

}
