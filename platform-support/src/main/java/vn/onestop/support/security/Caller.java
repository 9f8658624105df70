package vn.onestop.support.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, as the access token says: a subject (recorded as "who" in histories and the audit log), roles,
 * the ward codes an officer, leader or monitor acts for, and, for a citizen, the citizen's personal ID number.
 * The access rules every service applies are here, in plain Java.
 */
public record Caller(String subject, Set<Role> roles, Set<String> wards, String personalId) {

	public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), Set.of(), null);

	public Caller {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		wards = Set.copyOf(wards);
	}

	public boolean isAnonymous() {
		return this.roles.isEmpty();
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... roles) {
		for (Role role : roles) {
			if (has(role)) {
				return true;
			}
		}
		return false;
	}

	/** An officer or a leader of this ward: may read and work on the ward's dossiers, citizens and messages. */
	public boolean worksIn(String wardCode) {
		return hasAny(Role.OFFICER, Role.WARD_LEADER) && wardCode != null && this.wards.contains(wardCode);
	}

	/** A leader of this ward: may also approve what needs a leader. */
	public boolean leads(String wardCode) {
		return has(Role.WARD_LEADER) && wardCode != null && this.wards.contains(wardCode);
	}

	/**
	 * May read this ward's statistics: its leader, or a monitor — of every ward when the monitor's token names no
	 * ward, else of the wards it names.
	 */
	public boolean readsStatisticsOf(String wardCode) {
		return leads(wardCode) || (has(Role.MONITOR) && (this.wards.isEmpty() || this.wards.contains(wardCode)));
	}

	/** The citizen this personal ID number belongs to, signed in. */
	public boolean isCitizen(String idNumber) {
		return has(Role.CITIZEN) && this.personalId != null && this.personalId.equals(idNumber);
	}

	/** The wards this caller works in as an officer or leader; empty for everyone else. */
	public Set<String> staffWards() {
		return hasAny(Role.OFFICER, Role.WARD_LEADER) ? this.wards : Set.of();
	}

	/** Whether every one of these wards is one the caller works in. */
	public boolean worksInAll(Collection<String> wardCodes) {
		return !wardCodes.isEmpty() && wardCodes.stream().allMatch(this::worksIn);
	}

	/** The name histories record. */
	public String name() {
		return this.subject;
	}

}
