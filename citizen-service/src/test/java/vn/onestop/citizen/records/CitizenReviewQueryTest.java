package vn.onestop.citizen.records;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.onestop.rules.citizen.FieldProblem;

class CitizenReviewQueryTest {

	@Test
	void everythingIsOptionalAndOpenReviewsAreTheDefault() {
		assertThat(CitizenReviewQuery.parse(null, " ", null, 0, 20))
			.isEqualTo(new CitizenReviewQuery(null, null, CitizenReviewQuery.Status.OPEN, 0, 20));
		assertThat(CitizenReviewQuery.parse(" 20242 ", "partial_merger", "resolved", 3, 100))
			.isEqualTo(new CitizenReviewQuery("20242", ReviewKind.PARTIAL_MERGER, CitizenReviewQuery.Status.RESOLVED, 3, 100));
		assertThat(CitizenReviewQuery.parse(null, "IMPORT_CONFLICT", null, 0, 1).kind()).isEqualTo(ReviewKind.IMPORT_CONFLICT);
	}

	@Test
	void everyBadFilterIsNamed() {
		assertThatThrownBy(() -> CitizenReviewQuery.parse("2024", "OTHER", "DONE", -1, 0))
			.isInstanceOfSatisfying(InvalidCitizenForm.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("ward", "kind", "status", "page", "size"));
		assertThatThrownBy(() -> CitizenReviewQuery.parse(null, null, null, 0, 101)).isInstanceOf(InvalidCitizenForm.class);
	}

}
