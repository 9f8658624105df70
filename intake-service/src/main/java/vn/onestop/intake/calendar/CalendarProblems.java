package vn.onestop.intake.calendar;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;

/** The problems the calendar answers with; their kinds are part of the API. */
final class CalendarProblems {

	static final String CALENDAR_NOT_FOUND = "calendar-not-found";

	static final String CALENDAR_NOT_COVERED = "calendar-not-covered";

	private CalendarProblems() {
	}

	/** GET /calendar/{year} for a year nobody has entered: the resource does not exist. */
	static ProblemException yearNotFound(int year) {
		return new ProblemException(HttpStatus.NOT_FOUND, CALENDAR_NOT_FOUND, "Calendar not found",
				"No working calendar has been entered for " + year + ".");
	}

	/** A well-formed due-time request whose arithmetic reaches a year without data: it cannot be answered yet. */
	static ProblemException yearNotCovered(int year) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, CALENDAR_NOT_COVERED,
				"Calendar not available",
				"The due time reaches " + year + ", whose holidays have not been entered yet.");
	}

	static ProblemException invalid(String parameter, String message) {
		return ProblemException.validation(List.of(new FieldError(parameter, message)));
	}

}
