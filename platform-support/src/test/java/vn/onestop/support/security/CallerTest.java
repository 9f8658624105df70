package vn.onestop.support.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {

	private static Caller caller(Set<Role> roles, String... wards) {
		return new Caller("someone", roles, Set.of(wards), null);
	}

	@Test
	void officersAndLeadersWorkInTheirOwnWardsOnly() {
		Caller officer = caller(Set.of(Role.OFFICER), "20242", "20243");
		Caller leader = caller(Set.of(Role.WARD_LEADER), "20242");

		assertThat(officer.worksIn("20242")).isTrue();
		assertThat(officer.worksIn("20243")).isTrue();
		assertThat(officer.worksIn("26734")).isFalse();
		assertThat(officer.worksIn(null)).isFalse();
		assertThat(leader.worksIn("20242")).isTrue();
		assertThat(leader.worksIn("20243")).isFalse();
		assertThat(officer.staffWards()).containsExactlyInAnyOrder("20242", "20243");
	}

	@Test
	void noOtherRoleWorksInAWardEvenWhenItsTokenNamesIt() {
		for (Role role : EnumSet.complementOf(EnumSet.of(Role.OFFICER, Role.WARD_LEADER))) {
			Caller other = caller(Set.of(role), "20242");
			assertThat(other.worksIn("20242")).as(role.name()).isFalse();
			assertThat(other.leads("20242")).as(role.name()).isFalse();
			assertThat(other.staffWards()).as(role.name()).isEmpty();
		}
	}

	@Test
	void onlyALeaderOfTheWardLeadsIt() {
		assertThat(caller(Set.of(Role.WARD_LEADER), "20242").leads("20242")).isTrue();
		assertThat(caller(Set.of(Role.WARD_LEADER), "20242").leads("20243")).isFalse();
		assertThat(caller(Set.of(Role.OFFICER), "20242").leads("20242")).isFalse();
	}

	@Test
	void statisticsAreForTheWardsLeaderAndForMonitors() {
		assertThat(caller(Set.of(Role.WARD_LEADER), "20242").readsStatisticsOf("20242")).isTrue();
		assertThat(caller(Set.of(Role.WARD_LEADER), "20242").readsStatisticsOf("20243")).isFalse();
		assertThat(caller(Set.of(Role.OFFICER), "20242").readsStatisticsOf("20242")).isFalse();
		assertThat(caller(Set.of(Role.MONITOR)).readsStatisticsOf("20243")).isTrue();
		assertThat(caller(Set.of(Role.MONITOR), "20242").readsStatisticsOf("20242")).isTrue();
		assertThat(caller(Set.of(Role.MONITOR), "20242").readsStatisticsOf("20243")).isFalse();
		assertThat(caller(Set.of(Role.PLATFORM_ADMIN)).readsStatisticsOf("20242")).isFalse();
		assertThat(caller(Set.of(Role.CITIZEN)).readsStatisticsOf("20242")).isFalse();
	}

	@Test
	void aCitizenIsOnlyTheOneTheirTokenNames() {
		Caller citizen = new Caller("c", Set.of(Role.CITIZEN), Set.of(), "048187000123");

		assertThat(citizen.isCitizen("048187000123")).isTrue();
		assertThat(citizen.isCitizen("048187000124")).isFalse();
		assertThat(citizen.isCitizen(null)).isFalse();
		assertThat(new Caller("o", Set.of(Role.OFFICER), Set.of(), "048187000123").isCitizen("048187000123")).isFalse();
		assertThat(new Caller("c", Set.of(Role.CITIZEN), Set.of(), null).isCitizen(null)).isFalse();
	}

	@Test
	void worksInAllNeedsEveryWardAndAtLeastOne() {
		Caller officer = caller(Set.of(Role.OFFICER), "20242", "20243");

		assertThat(officer.worksInAll(List.of("20242", "20243"))).isTrue();
		assertThat(officer.worksInAll(List.of("20242", "26734"))).isFalse();
		assertThat(officer.worksInAll(List.of())).isFalse();
	}

	@Test
	void anonymousHasNoRoleAndNoWard() {
		assertThat(Caller.ANONYMOUS.isAnonymous()).isTrue();
		assertThat(Caller.ANONYMOUS.name()).isEqualTo("anonymous");
		assertThat(Caller.ANONYMOUS.hasAny(Role.values())).isFalse();
		assertThat(caller(Set.of(Role.MONITOR)).isAnonymous()).isFalse();
	}

}
