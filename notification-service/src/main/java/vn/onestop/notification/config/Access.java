package vn.onestop.notification.config;

import reactor.core.publisher.Mono;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Callers;
import vn.onestop.support.security.Role;

/** Who may use notification's staff tools. */
public final class Access {

	private Access() {
	}

	/** Officers and leaders (of any ward) and platform admins: the staff tools that hold no ward data; else 403. */
	public static Mono<Caller> staffOrAdmin() {
		return Callers.requireAny(Role.OFFICER, Role.WARD_LEADER, Role.PLATFORM_ADMIN);
	}

}
