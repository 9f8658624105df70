package vn.onestop.intake.queue;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

/**
 * Who may do what with a ward's queue (docs/queue.md, "API"): the ward's leader or an admin sets it up; its officers,
 * leaders and ticket machines read the set-up; its officers and leaders, its ticket machines and any signed-in citizen
 * take tickets; its officers and leaders list them; its officers, leaders and monitors read the statistics. Naming
 * another ward answers 403; a ticket of another ward answers 404, like a missing one.
 */
public final class QueueAccess {

	private QueueAccess() {
	}

	/** A ticket machine of this ward (a device credential: its one ward, no personal ID). */
	public static boolean isKioskOf(Caller caller, String ward) {
		return caller.has(Role.KIOSK) && ward != null && caller.wards().contains(ward);
	}

	public static boolean maySetUp(Caller caller, String ward) {
		return caller.leads(ward) || caller.has(Role.PLATFORM_ADMIN);
	}

	public static boolean mayReadSetup(Caller caller, String ward) {
		return caller.worksIn(ward) || isKioskOf(caller, ward) || caller.has(Role.PLATFORM_ADMIN);
	}

	/** Take a ticket for someone at the center, or (a citizen) for oneself online. */
	public static boolean mayTake(Caller caller, String ward) {
		return caller.worksIn(ward) || isKioskOf(caller, ward) || (caller.has(Role.CITIZEN) && caller.personalId() != null);
	}

	/** List the ward's tickets and read any of them with its history. */
	public static boolean mayList(Caller caller, String ward) {
		return caller.worksIn(ward);
	}

	public static boolean mayReadStatistics(Caller caller, String ward) {
		return caller.worksIn(ward) || caller.readsStatisticsOf(ward);
	}

}
