package vn.onestop.support.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may be. A token may carry several. {@code SERVICE} is not a person: it is one of the platform's own
 * applications calling another (the outbox relay, intake asking citizen-service), and only reaches
 * {@code /internal/**} and the calls a service makes for the officer it serves. {@code KIOSK} is not a person either:
 * a ticket machine of one ward (its {@code wards} claim, no {@code pid}) that takes walk-in queue tickets and reads
 * its ward's queue set-up and board.
 */
public enum Role {

	CITIZEN, OFFICER, WARD_LEADER, PLATFORM_ADMIN, MONITOR, SERVICE, KIOSK;

	/** The role a claim value names, in any case and with or without Spring's {@code ROLE_} prefix. */
	public static Optional<Role> named(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
		if (name.startsWith("ROLE_")) {
			name = name.substring("ROLE_".length());
		}
		for (Role role : values()) {
			if (role.name().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	/** The Spring Security authority of this role, as {@code hasRole(...)} expects it. */
	public String authority() {
		return "ROLE_" + name();
	}

}
