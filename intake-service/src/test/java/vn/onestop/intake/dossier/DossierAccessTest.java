package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.procedure.Channel;
import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

/** Who may receive, read, act on, approve and list dossiers, without Spring. */
class DossierAccessTest {

	private static final String WARD = "00004";

	private static final String OTHER_WARD = "00005";

	private static final String SUBMITTER = "038087042028";

	private static final Dossier DOSSIER = new Dossier(UUID.randomUUID(), new DossierCode(WARD, LocalDate.of(2026, 10, 26), 1),
			WARD, 1, "HT-XAC-NHAN-HON-NHAN", Channel.IN_PERSON, DossierStatus.RECEIVED, Instant.EPOCH, Instant.EPOCH,
			Instant.EPOCH, 1, new Person("Nguyễn Văn An", SUBMITTER, null, "0912345678", null,
					new Person.Address("12 Lê Lợi", WARD), "SMS"), null, List.of(), null, null, null);

	private static Caller caller(Set<Role> roles, Set<String> wards, String personalId) {
		return new Caller("someone", roles, wards, personalId);
	}

	private static final Caller OFFICER = caller(Set.of(Role.OFFICER), Set.of(WARD), null);

	private static final Caller LEADER = caller(Set.of(Role.WARD_LEADER), Set.of(WARD), null);

	private static final Caller FOREIGN_OFFICER = caller(Set.of(Role.OFFICER), Set.of(OTHER_WARD), null);

	private static final Caller FOREIGN_LEADER = caller(Set.of(Role.WARD_LEADER), Set.of(OTHER_WARD), null);

	private static final Caller SUBMITTING_CITIZEN = caller(Set.of(Role.CITIZEN), Set.of(), SUBMITTER);

	private static final Caller OTHER_CITIZEN = caller(Set.of(Role.CITIZEN), Set.of(), "079190000001");

	private static final Caller ADMIN = caller(Set.of(Role.PLATFORM_ADMIN), Set.of(), null);

	private static final Caller MONITOR = caller(Set.of(Role.MONITOR), Set.of(WARD), null);

	private static final Caller SERVICE = caller(Set.of(Role.SERVICE), Set.of(), null);

	private static final Caller CITIZEN_WITH_WARD = caller(Set.of(Role.CITIZEN), Set.of(WARD), "079190000001");

	@Test
	void onlyOfficersAndLeadersOfTheWardWorkInIt() {
		assertThat(DossierAccess.mayWorkIn(OFFICER, WARD)).isTrue();
		assertThat(DossierAccess.mayWorkIn(LEADER, WARD)).isTrue();
		for (Caller other : List.of(FOREIGN_OFFICER, FOREIGN_LEADER, SUBMITTING_CITIZEN, ADMIN, MONITOR, SERVICE,
				CITIZEN_WITH_WARD, Caller.ANONYMOUS)) {
			assertThat(DossierAccess.mayWorkIn(other, WARD)).as(other.toString()).isFalse();
		}
		assertThat(DossierAccess.mayWorkIn(OFFICER, null)).isFalse();
	}

	@Test
	void staffOfTheWardAndTheSubmitterReadADossierNobodyElse() {
		for (Caller reader : List.of(OFFICER, LEADER, SUBMITTING_CITIZEN)) {
			assertThat(DossierAccess.mayRead(reader, DOSSIER)).as(reader.toString()).isTrue();
		}
		for (Caller other : List.of(FOREIGN_OFFICER, FOREIGN_LEADER, OTHER_CITIZEN, ADMIN, MONITOR, SERVICE,
				CITIZEN_WITH_WARD, Caller.ANONYMOUS, caller(Set.of(Role.OFFICER), Set.of(), SUBMITTER))) {
			assertThat(DossierAccess.mayRead(other, DOSSIER)).as(other.toString()).isFalse();
		}
	}

	@Test
	void onlyALeaderOfTheDossiersWardApproves() {
		assertThat(DossierAccess.approves(LEADER, WARD)).isTrue();
		assertThat(DossierAccess.approves(caller(EnumSet.of(Role.OFFICER, Role.WARD_LEADER), Set.of(WARD), null), WARD))
			.isTrue();
		for (Caller other : List.of(OFFICER, FOREIGN_LEADER, ADMIN, MONITOR, SUBMITTING_CITIZEN)) {
			assertThat(DossierAccess.approves(other, WARD)).as(other.toString()).isFalse();
		}
	}

	@Test
	void anApprovalClaimedByANonLeaderIsFalseAndNoClaimIsNeverFalse() {
		assertThat(DossierAccess.claimsApprovalFalsely(OFFICER, WARD, true)).isTrue();
		assertThat(DossierAccess.claimsApprovalFalsely(FOREIGN_LEADER, WARD, true)).isTrue();
		assertThat(DossierAccess.claimsApprovalFalsely(LEADER, WARD, true)).isFalse();
		assertThat(DossierAccess.claimsApprovalFalsely(OFFICER, WARD, false)).isFalse();
	}

	@Test
	void aListShowsTheAskedWardOfTheCallerOrAllItsWardsAndNothingToOthers() {
		Caller twoWards = caller(Set.of(Role.OFFICER), Set.of(WARD, OTHER_WARD), null);
		assertThat(DossierAccess.listable(OFFICER, WARD)).contains(Set.of(WARD));
		assertThat(DossierAccess.listable(OFFICER, null)).contains(Set.of(WARD));
		assertThat(DossierAccess.listable(twoWards, null)).contains(Set.of(WARD, OTHER_WARD));
		assertThat(DossierAccess.listable(twoWards, OTHER_WARD)).contains(Set.of(OTHER_WARD));
		assertThat(DossierAccess.listable(OFFICER, OTHER_WARD)).isEmpty();
		for (Caller other : List.of(SUBMITTING_CITIZEN, ADMIN, MONITOR, SERVICE, CITIZEN_WITH_WARD, Caller.ANONYMOUS)) {
			assertThat(DossierAccess.listable(other, null)).as(other.toString()).isEqualTo(Optional.empty());
			assertThat(DossierAccess.listable(other, WARD)).as(other.toString()).isEqualTo(Optional.empty());
		}
	}

}
