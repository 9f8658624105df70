package vn.onestop.intake.queue.serving;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;
import vn.onestop.support.web.ProblemTypes;

/** The path values of the serving endpoints, checked before anything else is looked at (400). */
final class ServingPaths {

	private ServingPaths() {
	}

	static String ward(String ward) {
		if (ward == null || !ward.matches("\\d{5}")) {
			throw invalid("ward", "must be a 5-digit ward code");
		}
		return ward;
	}

	static int counter(String counter) {
		if (counter == null || !counter.matches("\\d{1,2}") || Integer.parseInt(counter) < 1) {
			throw invalid("counter", "must be a counter number from 1 to 99");
		}
		return Integer.parseInt(counter);
	}

	private static ProblemException invalid(String name, String message) {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"Parameter '" + name + "' " + message + ".", List.of(new FieldError(name, message)));
	}

}
