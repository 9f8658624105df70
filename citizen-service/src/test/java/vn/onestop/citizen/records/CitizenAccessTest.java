package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.onestop.citizen.records.CitizenAccess.Verdict;
import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

import vn.onestop.rules.citizen.Gender;
import vn.onestop.rules.citizen.PersonalIdNumber;

/** Who may register, read, find, change, deactivate and search citizens, without Spring. */
class CitizenAccessTest {

	private static final String WARD = "20242";

	private static final String OTHER_WARD = "00004";

	private static final String SUCCESSOR = "99001";

	private static final String ID_NUMBER = "048187000123";

	private static final Citizen CITIZEN = new Citizen(UUID.randomUUID(),
			new CitizenDetails("Nguyễn Thị Lan", new PersonalIdNumber(ID_NUMBER, false), LocalDate.of(1987, 5, 20),
					Gender.FEMALE, "0912345678", null, new CitizenDetails.Address("12 Lê Lợi", WARD),
					new CitizenDetails.Preferences(NotificationChannel.SMS, true)),
			null, true, 1);

	private static Caller caller(Set<Role> roles, Set<String> wards, String personalId) {
		return new Caller("someone", roles, wards, personalId);
	}

	private static final Caller OFFICER = caller(Set.of(Role.OFFICER), Set.of(WARD), null);

	private static final Caller LEADER = caller(Set.of(Role.WARD_LEADER), Set.of(WARD), null);

	private static final Caller OFFICER_OF_BOTH = caller(Set.of(Role.OFFICER), Set.of(WARD, OTHER_WARD), null);

	private static final Caller FOREIGN_OFFICER = caller(Set.of(Role.OFFICER), Set.of(OTHER_WARD), null);

	private static final Caller FOREIGN_LEADER = caller(Set.of(Role.WARD_LEADER), Set.of(OTHER_WARD), null);

	private static final Caller SUCCESSOR_OFFICER = caller(Set.of(Role.OFFICER), Set.of(SUCCESSOR), null);

	private static final Caller THE_CITIZEN = caller(Set.of(Role.CITIZEN), Set.of(), ID_NUMBER);

	private static final Caller OTHER_CITIZEN = caller(Set.of(Role.CITIZEN), Set.of(), "079190000001");

	private static final Caller CITIZEN_WITH_WARD = caller(Set.of(Role.CITIZEN), Set.of(WARD), "079190000001");

	private static final Caller STAFF_ROLE_WITH_CITIZENS_PID = caller(Set.of(Role.OFFICER), Set.of(), ID_NUMBER);

	private static final Caller ADMIN = caller(Set.of(Role.PLATFORM_ADMIN), Set.of(), null);

	private static final Caller ADMIN_NAMING_THE_WARD = caller(Set.of(Role.PLATFORM_ADMIN), Set.of(WARD), null);

	private static final Caller MONITOR = caller(Set.of(Role.MONITOR), Set.of(WARD), null);

	private static final Caller SERVICE = caller(Set.of(Role.SERVICE), Set.of(), null);

	private static final List<Caller> NO_WARD_DATA = List.of(ADMIN, ADMIN_NAMING_THE_WARD, MONITOR, Caller.ANONYMOUS);

	@Test
	void staffOfTheAddressWardAndThePlatformsServicesRegister() {
		for (Caller registrar : List.of(OFFICER, LEADER, OFFICER_OF_BOTH, SERVICE)) {
			assertThat(CitizenAccess.mayRegister(registrar, WARD)).as(registrar.toString()).isTrue();
		}
		for (Caller other : List.of(FOREIGN_OFFICER, FOREIGN_LEADER, THE_CITIZEN, CITIZEN_WITH_WARD, ADMIN,
				ADMIN_NAMING_THE_WARD, MONITOR, Caller.ANONYMOUS)) {
			assertThat(CitizenAccess.mayRegister(other, WARD)).as(other.toString()).isFalse();
		}
		assertThat(CitizenAccess.mayRegister(OFFICER, null)).isFalse();
	}

	@Test
	void staffOfTheWardTheCitizenThemselfAndServicesReadNobodyElse() {
		for (Caller reader : List.of(OFFICER, LEADER, OFFICER_OF_BOTH, THE_CITIZEN, SERVICE)) {
			assertThat(CitizenAccess.mayRead(reader, CITIZEN, Set.of())).as(reader.toString()).isTrue();
		}
		for (Caller other : List.of(FOREIGN_OFFICER, FOREIGN_LEADER, SUCCESSOR_OFFICER, OTHER_CITIZEN,
				CITIZEN_WITH_WARD, STAFF_ROLE_WITH_CITIZENS_PID, ADMIN, ADMIN_NAMING_THE_WARD, MONITOR,
				Caller.ANONYMOUS)) {
			assertThat(CitizenAccess.mayRead(other, CITIZEN, Set.of())).as(other.toString()).isFalse();
		}
	}

	@Test
	void staffOfAWardDecidingAnOpenSplitReviewAlsoReadTheCitizen() {
		assertThat(CitizenAccess.mayRead(SUCCESSOR_OFFICER, CITIZEN, Set.of(SUCCESSOR))).isTrue();
		assertThat(CitizenAccess.mayRead(SUCCESSOR_OFFICER, CITIZEN, Set.of("99002"))).isFalse();
		for (Caller other : List.of(MONITOR, ADMIN, OTHER_CITIZEN,
				caller(Set.of(Role.MONITOR, Role.PLATFORM_ADMIN), Set.of(SUCCESSOR), null))) {
			assertThat(CitizenAccess.mayRead(other, CITIZEN, Set.of(SUCCESSOR))).as(other.toString()).isFalse();
		}
	}

	@Test
	void staffOfTheWardPatchAnythingTheCitizenOnlyTheirPreferencesOthersSeeNoRecord() {
		Set<String> contact = Set.of("phone", "email");
		for (Set<String> members : List.of(Set.<String>of(), Set.of("preferences"), contact, Set.of("address", "fullName"))) {
			assertThat(CitizenAccess.mayPatch(OFFICER, CITIZEN, members)).isEqualTo(Verdict.ALLOWED);
			assertThat(CitizenAccess.mayPatch(LEADER, CITIZEN, members)).isEqualTo(Verdict.ALLOWED);
		}
		assertThat(CitizenAccess.mayPatch(THE_CITIZEN, CITIZEN, Set.of("preferences"))).isEqualTo(Verdict.ALLOWED);
		assertThat(CitizenAccess.mayPatch(THE_CITIZEN, CITIZEN, Set.of())).isEqualTo(Verdict.ALLOWED);
		assertThat(CitizenAccess.mayPatch(THE_CITIZEN, CITIZEN, Set.of("preferences", "phone")))
			.isEqualTo(Verdict.FORBIDDEN);
		assertThat(CitizenAccess.mayPatch(THE_CITIZEN, CITIZEN, Set.of("address"))).isEqualTo(Verdict.FORBIDDEN);
		assertThat(CitizenAccess.mayPatch(THE_CITIZEN, CITIZEN, Set.of("idNumber"))).isEqualTo(Verdict.FORBIDDEN);
		for (Caller other : List.of(FOREIGN_OFFICER, FOREIGN_LEADER, SUCCESSOR_OFFICER, OTHER_CITIZEN, CITIZEN_WITH_WARD,
				STAFF_ROLE_WITH_CITIZENS_PID, ADMIN, ADMIN_NAMING_THE_WARD, MONITOR, SERVICE, Caller.ANONYMOUS)) {
			assertThat(CitizenAccess.mayPatch(other, CITIZEN, Set.of("preferences"))).as(other.toString())
				.isEqualTo(Verdict.NOT_FOUND);
		}
	}

	@Test
	void onlyStaffOfTheWardDeactivate() {
		assertThat(CitizenAccess.mayDeactivate(OFFICER, CITIZEN)).isTrue();
		assertThat(CitizenAccess.mayDeactivate(LEADER, CITIZEN)).isTrue();
		for (Caller other : List.of(FOREIGN_OFFICER, FOREIGN_LEADER, SUCCESSOR_OFFICER, THE_CITIZEN, OTHER_CITIZEN,
				CITIZEN_WITH_WARD, ADMIN, ADMIN_NAMING_THE_WARD, MONITOR, SERVICE, Caller.ANONYMOUS)) {
			assertThat(CitizenAccess.mayDeactivate(other, CITIZEN)).as(other.toString()).isFalse();
		}
	}

	@Test
	void aListCoversTheAskedWardOfTheCallerOrAllItsWardsAndNothingForOthers() {
		assertThat(CitizenAccess.wardsToList(OFFICER, WARD)).contains(Set.of(WARD));
		assertThat(CitizenAccess.wardsToList(LEADER, null)).contains(Set.of(WARD));
		assertThat(CitizenAccess.wardsToList(OFFICER_OF_BOTH, null)).contains(Set.of(WARD, OTHER_WARD));
		assertThat(CitizenAccess.wardsToList(OFFICER_OF_BOTH, OTHER_WARD)).contains(Set.of(OTHER_WARD));
		assertThat(CitizenAccess.wardsToList(OFFICER, OTHER_WARD)).isEmpty();
		assertThat(CitizenAccess.wardsToList(caller(Set.of(Role.OFFICER), Set.of(), null), null)).isEmpty();
		for (Caller other : List.of(THE_CITIZEN, CITIZEN_WITH_WARD, SERVICE, ADMIN, ADMIN_NAMING_THE_WARD, MONITOR,
				Caller.ANONYMOUS)) {
			assertThat(CitizenAccess.wardsToList(other, null)).as(other.toString()).isEqualTo(Optional.empty());
			assertThat(CitizenAccess.wardsToList(other, WARD)).as(other.toString()).isEqualTo(Optional.empty());
		}
	}

	@Test
	void aStaffTokenThatAlsoHoldsOtherRolesStillActsOnlyInItsWards() {
		Caller everything = caller(EnumSet.allOf(Role.class), Set.of(OTHER_WARD), null);
		assertThat(CitizenAccess.mayPatch(everything, CITIZEN, Set.of("phone"))).isEqualTo(Verdict.NOT_FOUND);
		assertThat(CitizenAccess.mayDeactivate(everything, CITIZEN)).isFalse();
		assertThat(CitizenAccess.wardsToList(everything, WARD)).isEmpty();
		assertThat(NO_WARD_DATA).allSatisfy(other -> assertThat(CitizenAccess.wardsToList(other, null)).isEmpty());
	}

}
