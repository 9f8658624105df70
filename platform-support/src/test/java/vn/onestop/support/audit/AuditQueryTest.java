package vn.onestop.support.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.onestop.support.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditQueryTest {

	@Test
	void readsDatesAsVietnamMidnightAndDateTimesWithTheirOffset() {
		AuditQuery query = AuditQuery.parse("admin", "calendar.replace", "20242", "2026-11-22", "2026-11-23T08:00:00+07:00",
				1, 20);

		assertThat(query.from()).isEqualTo(Instant.parse("2026-11-21T17:00:00Z"));
		assertThat(query.to()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
		assertThat(query.page()).isEqualTo(1);
	}

	@Test
	void everyFilterIsOptional() {
		AuditQuery query = AuditQuery.parse(null, null, null, null, null, 0, 50);

		assertThat(query.actor()).isNull();
		assertThat(query.from()).isNull();
	}

	@Test
	void namesEveryBadParameter() {
		assertThatThrownBy(() -> AuditQuery.parse(" ", "DROP TABLE", "2024", "yesterday", null, -1, 0))
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.status().value()).isEqualTo(400);
				assertThat(problem.fieldErrors()).extracting(ProblemException.FieldError::field)
					.containsExactly("actor", "action", "ward", "from", "page", "size");
			});
		assertThatThrownBy(() -> AuditQuery.parse(null, null, null, "2026-11-22", "2026-11-22", 0, 10))
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.fieldErrors().get(0).field()).isEqualTo("to"));
		assertThatThrownBy(() -> AuditQuery.parse(null, null, null, null, null, 0, 201)).isInstanceOf(ProblemException.class);
	}

}
