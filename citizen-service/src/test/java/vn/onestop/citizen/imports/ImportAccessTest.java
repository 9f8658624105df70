package vn.onestop.citizen.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may import into a ward and read its imports, without Spring. */
class ImportAccessTest {

	private static final String WARD = "00070";

	private static final String OTHER_WARD = "00103";

	@Test
	void onlyOfficersAndLeadersOfTheSuccessorWardImportAndReadItsImports() {
		for (Caller staff : List.of(caller(Set.of(Role.OFFICER), WARD), caller(Set.of(Role.WARD_LEADER), WARD),
				caller(Set.of(Role.OFFICER), WARD, OTHER_WARD))) {
			assertThat(ImportAccess.mayImportInto(staff, WARD)).as(staff.toString()).isTrue();
			assertThat(ImportAccess.mayRead(staff, WARD)).as(staff.toString()).isTrue();
		}
		for (Caller other : List.of(caller(Set.of(Role.OFFICER), OTHER_WARD), caller(Set.of(Role.WARD_LEADER), OTHER_WARD),
				caller(Set.of(Role.PLATFORM_ADMIN), WARD), caller(Set.of(Role.MONITOR), WARD),
				caller(Set.of(Role.SERVICE), WARD), caller(Set.of(Role.CITIZEN), WARD),
				caller(EnumSet.of(Role.PLATFORM_ADMIN, Role.MONITOR, Role.SERVICE, Role.CITIZEN), WARD),
				Caller.ANONYMOUS)) {
			assertThat(ImportAccess.mayImportInto(other, WARD)).as(other.toString()).isFalse();
			assertThat(ImportAccess.mayRead(other, WARD)).as(other.toString()).isFalse();
		}
		assertThat(ImportAccess.mayRead(caller(Set.of(Role.OFFICER), WARD), null)).isFalse();
	}

	private static Caller caller(Set<Role> roles, String... wards) {
		return new Caller("someone", roles, Set.of(wards), null);
	}

}
