package vn.onestop.intake.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The working sessions of each ward: those configured for it, and for any other ward (and when no ward is known)
 * the configured default, else the standard 07:00–11:30 and 13:30–17:00. Each configured session is written "HH:mm-HH:mm";
 * a ward's sessions must be in order and must not overlap, within one day.
 */
public final class WardSessions {

	public static final WardSessions STANDARD_EVERYWHERE = new WardSessions(Map.of(), WorkingSessions.STANDARD);

	private final Map<String, WorkingSessions> byWard;

	private final WorkingSessions otherwise;

	private WardSessions(Map<String, WorkingSessions> byWard, WorkingSessions otherwise) {
		this.byWard = Map.copyOf(byWard);
		this.otherwise = otherwise;
	}

	/**
	 * Parses and checks the configured sessions by ward code.
	 * @throws IllegalArgumentException naming the ward and the session at fault
	 */
	public static WardSessions parse(Map<String, List<String>> configured) {
		return parse(configured, null);
	}

	/**
	 * As {@link #parse(Map)}, with the sessions of every ward not configured (the standard ones when null or empty).
	 * @throws IllegalArgumentException naming the ward (or "every other ward") and the session at fault
	 */
	public static WardSessions parse(Map<String, List<String>> configured, List<String> otherwise) {
		WorkingSessions standard = otherwise == null || otherwise.isEmpty() ? WorkingSessions.STANDARD
				: parseSessions("every other ward", otherwise);
		if ((configured == null || configured.isEmpty()) && standard.equals(WorkingSessions.STANDARD)) {
			return STANDARD_EVERYWHERE;
		}
		Map<String, WorkingSessions> byWard = new LinkedHashMap<>();
		if (configured != null) {
			configured.forEach((ward, sessions) -> byWard.put(ward, parseWard(ward, sessions)));
		}
		return new WardSessions(byWard, standard);
	}

	private static WorkingSessions parseWard(String ward, List<String> sessions) {
		if (ward == null || ward.isBlank()) {
			throw new IllegalArgumentException("Working sessions are configured for a blank ward code");
		}
		return parseSessions("ward " + ward, sessions);
	}

	private static WorkingSessions parseSessions(String whose, List<String> sessions) {
		try {
			List<WorkingSession> parsed = new ArrayList<>();
			for (String session : Objects.requireNonNullElse(sessions, List.<String>of())) {
				parsed.add(parseSession(session));
			}
			return new WorkingSessions(parsed);
		}
		catch (IllegalArgumentException invalid) {
			throw new IllegalArgumentException("Invalid working sessions for " + whose + " " + sessions + ": "
					+ invalid.getMessage(), invalid);
		}
	}

	/** One session written "HH:mm-HH:mm", start before end within the day. */
	static WorkingSession parseSession(String session) {
		String[] bounds = session == null ? new String[0] : session.trim().split("\\s*-\\s*", -1);
		if (bounds.length != 2) {
			throw new IllegalArgumentException("a session must be written HH:mm-HH:mm, not '" + session + "'");
		}
		try {
			return new WorkingSession(LocalTime.parse(bounds[0]), LocalTime.parse(bounds[1]));
		}
		catch (DateTimeParseException notATime) {
			throw new IllegalArgumentException(
					"a session must be written HH:mm-HH:mm within 00:00-23:59, not '" + session + "'", notATime);
		}
	}

	/** The ward's configured sessions; for a ward not configured or no ward, those of every other ward. */
	public WorkingSessions forWard(String ward) {
		return ward == null ? this.otherwise : this.byWard.getOrDefault(ward, this.otherwise);
	}

	public Map<String, WorkingSessions> configured() {
		return this.byWard;
	}

}
