package vn.onestop.notification.config;

import reactor.core.publisher.Mono;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Callers;
import vn.onestop.support.security.Role;
import vn.onestop.support.security.SecurityProblems;

/** The role checks the endpoints share: the caller, or 403 when none of its roles is admitted. */
public final class Access {

	private Access() {
	}

	public static Mono<Caller> callerWithAny(Role... roles) {
		return Callers.current()
			.filter(caller -> caller.hasAny(roles))
			.switchIfEmpty(Mono.error(SecurityProblems::forbidden));
	}

	/** Officers and leaders (of any ward) and platform admins: the staff tools that hold no ward data. */
	public static Mono<Caller> staffOrAdmin() {
		return callerWithAny(Role.OFFICER, Role.WARD_LEADER, Role.PLATFORM_ADMIN);
	}

}
