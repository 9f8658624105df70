package vn.onestop.intake.dossier;

import java.time.LocalDate;
import java.util.Locale;

/** Early, on time or late: the return date against the appointment date, compared by date only. */
enum Timeliness {

	EARLY, ON_TIME, LATE;

	static Timeliness of(LocalDate returnedOn, LocalDate appointmentOn) {
		if (returnedOn.isBefore(appointmentOn)) {
			return EARLY;
		}
		return returnedOn.isEqual(appointmentOn) ? ON_TIME : LATE;
	}

	/** The value of the {@code timeliness} metric tag. */
	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

}
