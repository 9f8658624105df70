package vn.onestop.citizen.imports;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemException.FieldError;
import vn.onestop.support.web.ProblemTypes;

/** The problems the import API answers with; their kinds are part of the API. */
final class ImportProblems {

	static final String MALFORMED_IMPORT = "malformed-import";

	static final String WARD_NOT_IN_FORCE = "ward-not-in-force";

	static final String CONCURRENT_IMPORT = "concurrent-import";

	private ImportProblems() {
	}

	static ProblemException invalid(List<FieldError> errors) {
		return ProblemException.validation(errors);
	}

	static ProblemException malformed(MalformedImport ex) {
		return new ProblemException(HttpStatus.BAD_REQUEST, MALFORMED_IMPORT, "Malformed import file",
				"Line " + ex.line() + " " + ex.getMessage() + "; nothing was imported.",
				List.of(new FieldError("body", "line " + ex.line() + ": " + ex.getMessage())));
	}

	static ProblemException wardNotInForce(String code) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, WARD_NOT_IN_FORCE, "Ward not in force",
				"No commune-level unit with code " + code + " is in force today.",
				List.of(new FieldError("successorWard", "must be a ward code in force today")));
	}

	static ProblemException unsupportedCharset(String charset) {
		return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
				"Unsupported media type", "Import files must be UTF-8, not " + charset + ".");
	}

	static ProblemException concurrent() {
		return new ProblemException(HttpStatus.CONFLICT, CONCURRENT_IMPORT, "Citizens changed during the import",
				"Another change to the same citizens committed while this import ran; nothing was imported. "
						+ "Send the file again.");
	}

	static ProblemException notFound(UUID id) {
		return new ProblemException(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Import not found",
				"No import has id " + id + ".");
	}

}
