package vn.onestop.intake.queue.model;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import vn.onestop.intake.calendar.WorkingSession;
import vn.onestop.intake.calendar.WorkingSessions;

/**
 * A field's opening hours: some of the ward's working sessions, or parts of them, never time the ward is closed.
 * None given means all of the ward's sessions.
 */
final class FieldSessions {

	private FieldSessions() {
	}

	static WorkingSessions of(List<String> written, WorkingSessions ward, String at, List<Violation> violations) {
		if (written == null || written.isEmpty()) {
			return ward;
		}
		List<WorkingSession> sessions = new ArrayList<>();
		int before = violations.size();
		for (int i = 0; i < written.size(); i++) {
			String here = at + "[" + i + "]";
			WorkingSession session = parse(written.get(i));
			if (session == null) {
				violations.add(new Violation(here, "must be written HH:mm-HH:mm, start before end, such as 07:00-11:30"));
			}
			else if (ward.sessions().stream().noneMatch(open -> within(session, open))) {
				violations.add(new Violation(here, "must lie within one of the ward's working sessions " + ward.sessions()));
			}
			else if (!sessions.isEmpty() && session.start().isBefore(sessions.get(sessions.size() - 1).end())) {
				violations.add(new Violation(here, "must start after the previous session ends"));
			}
			else {
				sessions.add(session);
			}
		}
		return violations.size() == before ? new WorkingSessions(sessions) : ward;
	}

	private static boolean within(WorkingSession session, WorkingSession open) {
		return !session.start().isBefore(open.start()) && !session.end().isAfter(open.end());
	}

	private static WorkingSession parse(String written) {
		String[] bounds = written == null ? new String[0] : written.strip().split("\\s*-\\s*", -1);
		if (bounds.length != 2) {
			return null;
		}
		try {
			LocalTime start = LocalTime.parse(bounds[0]);
			LocalTime end = LocalTime.parse(bounds[1]);
			return start.isBefore(end) ? new WorkingSession(start, end) : null;
		}
		catch (DateTimeParseException notATime) {
			return null;
		}
	}

}
