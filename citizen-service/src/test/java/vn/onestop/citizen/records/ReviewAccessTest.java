package vn.onestop.citizen.records;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Which wards decide a review, and who may resolve it, without Spring. */
class ReviewAccessTest {

	private static final String CITIZENS_WARD = "20242";

	private static final String SUCCESSOR = "99001";

	private static final String OTHER_WARD = "00004";

	private static Caller officer(String... wards) {
		return new Caller("officer", Set.of(Role.OFFICER), Set.of(wards), null);
	}

	@Test
	void anImportConflictIsDecidedByTheCitizensWardOnly() {
		assertThat(ReviewAccess.decidingWards(ReviewKind.IMPORT_CONFLICT, CITIZENS_WARD, CITIZENS_WARD, SUCCESSOR))
			.containsExactly(CITIZENS_WARD);
		assertThat(ReviewAccess.decidingWards(ReviewKind.IMPORT_CONFLICT, CITIZENS_WARD, CITIZENS_WARD, null))
			.containsExactly(CITIZENS_WARD);
		assertThat(ReviewAccess.decidingWards(ReviewKind.IMPORT_CONFLICT, OTHER_WARD, CITIZENS_WARD, null))
			.as("the citizen moved since: their ward now decides").containsExactly(CITIZENS_WARD);
	}

	@Test
	void aSplitWardIsDecidedByTheCitizensWardAndTheSuccessorWhileTheCitizenLivesInIt() {
		assertThat(ReviewAccess.decidingWards(ReviewKind.PARTIAL_MERGER, CITIZENS_WARD, CITIZENS_WARD, SUCCESSOR))
			.containsExactly(CITIZENS_WARD, SUCCESSOR);
		assertThat(ReviewAccess.decidingWards(ReviewKind.PARTIAL_MERGER, CITIZENS_WARD, CITIZENS_WARD, null))
			.containsExactly(CITIZENS_WARD);
		assertThat(ReviewAccess.decidingWards(ReviewKind.PARTIAL_MERGER, CITIZENS_WARD, CITIZENS_WARD, CITIZENS_WARD))
			.containsExactly(CITIZENS_WARD);
		assertThat(ReviewAccess.decidingWards(ReviewKind.PARTIAL_MERGER, CITIZENS_WARD, OTHER_WARD, SUCCESSOR))
			.as("settled elsewhere: the citizen lives in another ward now").containsExactly(OTHER_WARD);
		assertThat(ReviewAccess.decidingWards(ReviewKind.PARTIAL_MERGER, CITIZENS_WARD, null, SUCCESSOR)).isEmpty();
	}

	@Test
	void onlyStaffOfADecidingWardResolve() {
		Set<String> deciding = ReviewAccess.decidingWards(ReviewKind.PARTIAL_MERGER, CITIZENS_WARD, CITIZENS_WARD,
				SUCCESSOR);
		for (Caller decider : List.of(officer(CITIZENS_WARD), officer(SUCCESSOR), officer(OTHER_WARD, SUCCESSOR),
				new Caller("leader", Set.of(Role.WARD_LEADER), Set.of(SUCCESSOR), null))) {
			assertThat(ReviewAccess.mayResolve(decider, deciding)).as(decider.toString()).isTrue();
		}
		for (Caller other : List.of(officer(OTHER_WARD), officer(),
				new Caller("citizen", Set.of(Role.CITIZEN), Set.of(SUCCESSOR), "048187000123"),
				new Caller("admin", Set.of(Role.PLATFORM_ADMIN), Set.of(SUCCESSOR), null),
				new Caller("monitor", Set.of(Role.MONITOR), Set.of(CITIZENS_WARD), null),
				new Caller("service", Set.of(Role.SERVICE), Set.of(), null), Caller.ANONYMOUS)) {
			assertThat(ReviewAccess.mayResolve(other, deciding)).as(other.toString()).isFalse();
		}
		assertThat(ReviewAccess.mayResolve(officer(SUCCESSOR),
				ReviewAccess.decidingWards(ReviewKind.IMPORT_CONFLICT, CITIZENS_WARD, CITIZENS_WARD, SUCCESSOR))).isFalse();
		assertThat(ReviewAccess.mayResolve(officer(SUCCESSOR),
				ReviewAccess.decidingWards(ReviewKind.PARTIAL_MERGER, CITIZENS_WARD, OTHER_WARD, SUCCESSOR))).isFalse();
	}

}
