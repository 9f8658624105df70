package vn.onestop.citizen.records;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IfMatchTest {

	@ParameterizedTest
	@ValueSource(strings = { "\"3\"", " \"3\" ", "\"2\", \"3\"", "*" })
	void currentVersionOrStarMatches(String header) {
		assertThatCode(() -> IfMatch.require(header).check(3)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"2\"", "W/\"3\"", "\"03\"", "\"\"", "\"2\", W/\"3\"" })
	void anyOtherTagIsStale(String header) {
		assertThat(status(() -> IfMatch.require(header).check(3))).isEqualTo(HttpStatus.PRECONDITION_FAILED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "3", "\"3", "abc" })
	void unquotedTagsAreMalformed(String header) {
		assertThat(status(() -> IfMatch.require(header).check(3))).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void missingIsPreconditionRequired() {
		assertThat(status(() -> IfMatch.require(null))).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		assertThat(status(() -> IfMatch.require(" "))).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
	}

	@Test
	void etagIsTheQuotedVersion() {
		assertThat(IfMatch.etag(7)).isEqualTo("\"7\"");
	}

	private static HttpStatus status(Runnable action) {
		try {
			action.run();
		}
		catch (ProblemException ex) {
			return ex.status();
		}
		throw new AssertionError("expected a problem");
	}

	@Test
	void statusHelperFailsWithoutAProblem() {
		assertThatThrownBy(() -> status(() -> { })).isInstanceOf(AssertionError.class);
	}

}
