package vn.onestop.intake.calendar;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recalculationBatchSize}: open dossiers read, recomputed and updated per statement after a calendar change.
 * <p>
 * {@code sessions}: working sessions by ward code, each "HH:mm-HH:mm", in order and without overlap; wards
 * not listed work the standard 07:00-11:30 and 13:30-17:00. For example in YAML (quote the ward codes so
 * leading zeros are kept):
 * <pre>
 * intake:
 *   calendar:
 *     sessions:
 *       "79002": ["07:30-11:30", "13:00-17:00"]
 * </pre>
 * as a property {@code intake.calendar.sessions.79002=07:30-11:30,13:00-17:00}, or as an environment variable
 * {@code INTAKE_CALENDAR_SESSIONS_79002=07:30-11:30,13:00-17:00}. Invalid sessions stop the application at
 * startup with the ward and the session at fault.
 * <p>
 * {@code defaultSessions}: the sessions of every ward not listed, when a province keeps other hours than the standard
 * ones ({@code INTAKE_CALENDAR_DEFAULT_SESSIONS=07:30-11:30,13:00-17:00}); empty means the standard ones.
 */
@ConfigurationProperties("intake.calendar")
record CalendarProperties(@DefaultValue("200") int recalculationBatchSize, Map<String, List<String>> sessions,
		List<String> defaultSessions) {

	CalendarProperties {
		if (recalculationBatchSize < 1 || recalculationBatchSize > 1000) {
			throw new IllegalArgumentException("intake.calendar.recalculation-batch-size must be from 1 to 1000");
		}
		try {
			WardSessions.parse(sessions);
		}
		catch (IllegalArgumentException invalid) {
			throw new IllegalArgumentException("intake.calendar.sessions: " + invalid.getMessage(), invalid);
		}
		try {
			WardSessions.parse(null, defaultSessions);
		}
		catch (IllegalArgumentException invalid) {
			throw new IllegalArgumentException("intake.calendar.default-sessions: " + invalid.getMessage(), invalid);
		}
		sessions = sessions == null ? Map.of() : Map.copyOf(sessions);
		defaultSessions = defaultSessions == null ? List.of() : List.copyOf(defaultSessions);
	}

	WardSessions wardSessions() {
		return WardSessions.parse(this.sessions, this.defaultSessions);
	}

}
