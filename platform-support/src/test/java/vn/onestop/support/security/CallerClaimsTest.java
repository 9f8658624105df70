package vn.onestop.support.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallerClaimsTest {

	@Test
	void readsRolesWardsAndNameFromThePlatformsClaims() {
		Caller caller = CallerClaims.from(Map.of("sub", "u-1", "preferred_username", "lan.nt", "roles",
				List.of("OFFICER", "ward_leader"), "wards", List.of("20242", "20243")));

		assertThat(caller.name()).isEqualTo("lan.nt");
		assertThat(caller.roles()).containsExactlyInAnyOrder(Role.OFFICER, Role.WARD_LEADER);
		assertThat(caller.wards()).containsExactlyInAnyOrder("20242", "20243");
		assertThat(caller.personalId()).isNull();
	}

	@Test
	void readsKeycloakRealmRolesAndSpaceSeparatedClaims() {
		Caller caller = CallerClaims.from(Map.of("sub", "u-2", "realm_access",
				Map.of("roles", List.of("offline_access", "ROLE_MONITOR")), "wards", "20242 20243,26734"));

		assertThat(caller.roles()).containsExactly(Role.MONITOR);
		assertThat(caller.wards()).containsExactlyInAnyOrder("20242", "20243", "26734");
		assertThat(caller.name()).isEqualTo("u-2");
	}

	@Test
	void readsTheCitizensPersonalIdNumber() {
		assertThat(CallerClaims.from(Map.of("sub", "c", "roles", "CITIZEN", "pid", "048187000123")).personalId())
			.isEqualTo("048187000123");
		assertThat(CallerClaims.from(Map.of("sub", "c", "roles", "CITIZEN", "pid", "123456789")).personalId())
			.isEqualTo("123456789");
	}

	@Test
	void ignoresWhatItCannotTrust() {
		Caller caller = CallerClaims.from(Map.of("sub", "x", "roles", List.of("ROOT", "admin", 7), "wards",
				List.of("2024", "abcde", "20242 ", "' or 1=1"), "pid", "04818700012X"));

		assertThat(caller.roles()).isEmpty();
		assertThat(caller.wards()).containsExactly("20242");
		assertThat(caller.personalId()).isNull();
		assertThat(caller.isAnonymous()).isTrue();
		assertThat(caller.name()).isEqualTo("x");
	}

	@Test
	void aTokenWithoutSubjectIsAnonymous() {
		assertThat(CallerClaims.from(Map.of("roles", List.of("PLATFORM_ADMIN")))).isEqualTo(Caller.ANONYMOUS);
		assertThat(CallerClaims.from(Map.of("sub", " ", "roles", List.of("PLATFORM_ADMIN")))).isEqualTo(Caller.ANONYMOUS);
	}

	@Test
	void namesEveryRoleInAnySpelling() {
		for (Role role : Role.values()) {
			assertThat(Role.named(role.name().toLowerCase())).contains(role);
			assertThat(Role.named("ROLE_" + role.name())).contains(role);
			assertThat(role.authority()).isEqualTo("ROLE_" + role.name());
		}
		assertThat(Role.named("ward-leader")).contains(Role.WARD_LEADER);
		assertThat(Role.named(null)).isEmpty();
		assertThat(Role.named("")).isEmpty();
	}

}
