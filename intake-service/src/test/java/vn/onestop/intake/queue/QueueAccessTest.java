package vn.onestop.intake.queue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's access rules, role by role; a ticket machine is a device of one ward, never staff. */
class QueueAccessTest {

	private static final String WARD = "20242";

	private static final String OTHER = "00004";

	private static Caller caller(Role role, String ward, String pid) {
		return new Caller(role.name().toLowerCase(), Set.of(role), ward == null ? Set.of() : Set.of(ward), pid);
	}

	@Test
	void aKioskTakesAndReadsTheSetupOfItsOwnWardOnly() {
		Caller kiosk = caller(Role.KIOSK, WARD, null);
		assertThat(QueueAccess.isKioskOf(kiosk, WARD)).isTrue();
		assertThat(QueueAccess.mayTake(kiosk, WARD)).isTrue();
		assertThat(QueueAccess.mayReadSetup(kiosk, WARD)).isTrue();
		assertThat(QueueAccess.maySetUp(kiosk, WARD)).isFalse();
		assertThat(QueueAccess.mayList(kiosk, WARD)).isFalse();
		assertThat(QueueAccess.mayReadStatistics(kiosk, WARD)).isFalse();
		assertThat(kiosk.worksIn(WARD)).as("a kiosk is no officer: no dossier or citizen of the ward").isFalse();
		assertThat(QueueAccess.mayTake(kiosk, OTHER)).isFalse();
		assertThat(QueueAccess.mayReadSetup(kiosk, OTHER)).isFalse();
	}

	@Test
	void theWardsStaffWorkTheQueueAndOnlyItsLeaderOrAnAdminSetsItUp() {
		Caller officer = caller(Role.OFFICER, WARD, null);
		Caller leader = caller(Role.WARD_LEADER, WARD, null);
		Caller admin = caller(Role.PLATFORM_ADMIN, null, null);
		for (Caller staff : new Caller[] { officer, leader }) {
			assertThat(QueueAccess.mayTake(staff, WARD)).isTrue();
			assertThat(QueueAccess.mayList(staff, WARD)).isTrue();
			assertThat(QueueAccess.mayReadSetup(staff, WARD)).isTrue();
			assertThat(QueueAccess.mayReadStatistics(staff, WARD)).isTrue();
			assertThat(QueueAccess.mayList(staff, OTHER)).isFalse();
			assertThat(QueueAccess.mayTake(staff, OTHER)).isFalse();
		}
		assertThat(QueueAccess.maySetUp(officer, WARD)).isFalse();
		assertThat(QueueAccess.maySetUp(leader, WARD)).isTrue();
		assertThat(QueueAccess.maySetUp(leader, OTHER)).isFalse();
		assertThat(QueueAccess.maySetUp(admin, WARD)).isTrue();
		assertThat(QueueAccess.mayReadSetup(admin, WARD)).isTrue();
		assertThat(QueueAccess.mayTake(admin, WARD)).isFalse();
		assertThat(QueueAccess.mayList(admin, WARD)).isFalse();
	}

	@Test
	void aCitizenTakesForThemselvesAnywhereAndAMonitorOnlyReadsStatistics() {
		Caller citizen = caller(Role.CITIZEN, null, "048187000123");
		assertThat(QueueAccess.mayTake(citizen, WARD)).isTrue();
		assertThat(QueueAccess.mayTake(citizen, OTHER)).isTrue();
		assertThat(QueueAccess.mayTake(caller(Role.CITIZEN, null, null), WARD)).as("no pid, no own ticket").isFalse();
		assertThat(QueueAccess.mayList(citizen, WARD)).isFalse();
		assertThat(QueueAccess.mayReadSetup(citizen, WARD)).isFalse();
		Caller monitor = caller(Role.MONITOR, null, null);
		assertThat(QueueAccess.mayReadStatistics(monitor, WARD)).isTrue();
		assertThat(QueueAccess.mayReadStatistics(caller(Role.MONITOR, OTHER, null), WARD)).isFalse();
		assertThat(QueueAccess.mayTake(monitor, WARD)).isFalse();
		assertThat(QueueAccess.mayList(monitor, WARD)).isFalse();
		assertThat(QueueAccess.mayTake(Caller.ANONYMOUS, WARD)).isFalse();
	}

}
