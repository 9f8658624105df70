package vn.onestop.intake.queue.model;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.onestop.intake.calendar.WorkingSessions;

/**
 * Checks a center's queue set-up against the ward's working sessions. Every broken rule is reported at once, each
 * addressed to its value, so an administrator fixes the whole form in one go.
 */
public final class SetupRules {

	static final String FIELD_CODE = "[A-Z_]{1,40}";

	static final int MAX_FIELDS = 30;

	static final int MAX_NAME_LENGTH = 200;

	static final int DEFAULT_SERVICE_MINUTES = 10;

	static final int MAX_SERVICE_MINUTES = 240;

	private static final String SINGLE_LINE = "[^\\p{Cc}\\p{Cs}\\u2028\\u2029]*";

	/** The set-up when it passed, null otherwise, and what is wrong. */
	public record Checked(CenterSetup setup, List<Violation> violations) {

		public boolean valid() {
			return this.violations.isEmpty();
		}

	}

	private SetupRules() {
	}

	public static Checked check(SetupForm form, WorkingSessions wardSessions) {
		List<Violation> violations = new ArrayList<>();
		List<QueueField> fields = fields(form.fields(), wardSessions, violations);
		List<Counter> counters = CounterRules.counters(form.counters(), form.fields(), violations);
		Set<PriorityGroup> groups = PolicyRules.priorityGroups(form.priorityGroups(), violations);
		OrderingPolicy ordering = PolicyRules.ordering(form.ordering(), form.priorityHeadStartMinutes(), violations);
		int recallLimit = within(form.recallLimit(), CenterSetup.DEFAULT_RECALL_LIMIT, 0, CenterSetup.MAX_RECALL_LIMIT,
				"recallLimit", violations);
		int notifyAhead = within(form.notifyAhead(), CenterSetup.DEFAULT_NOTIFY_AHEAD, 1, CenterSetup.MAX_NOTIFY_AHEAD,
				"notifyAhead", violations);
		if (!violations.isEmpty()) {
			return new Checked(null, List.copyOf(violations));
		}
		return new Checked(new CenterSetup(fields, counters, groups, ordering, recallLimit, notifyAhead), List.of());
	}

	private static List<QueueField> fields(List<SetupForm.FieldForm> forms, WorkingSessions wardSessions,
			List<Violation> violations) {
		if (forms == null || forms.isEmpty()) {
			violations.add(new Violation("fields", "must list at least one field"));
			return List.of();
		}
		if (forms.size() > MAX_FIELDS) {
			violations.add(new Violation("fields", "must list at most " + MAX_FIELDS + " fields"));
		}
		Map<String, Integer> codes = new HashMap<>();
		Map<String, Integer> prefixes = new HashMap<>();
		List<QueueField> fields = new ArrayList<>();
		for (int i = 0; i < forms.size(); i++) {
			String at = "fields[" + i + "]";
			SetupForm.FieldForm form = forms.get(i);
			if (form == null) {
				violations.add(new Violation(at, "must be a field"));
				continue;
			}
			int before = violations.size();
			unique(form.code(), form.code() != null && form.code().matches(FIELD_CODE), codes, i, at + ".code",
					"must be a field code such as HO_TICH", violations);
			unique(form.prefix(), form.prefix() != null && TicketNumber.PREFIX.matcher(form.prefix()).matches(),
					prefixes, i, at + ".prefix", "must be 1 to 3 capital Latin letters, such as A or HT", violations);
			String name = name(form.name(), at + ".name", violations);
			if (form.dailyCap() == null || form.dailyCap() < 1 || form.dailyCap() > QueueField.MAX_DAILY_CAP) {
				violations.add(new Violation(at + ".dailyCap", "must be from 1 to " + QueueField.MAX_DAILY_CAP
						+ " tickets a day (numbers have three digits)"));
			}
			WorkingSessions sessions = FieldSessions.of(form.sessions(), wardSessions, at + ".sessions", violations);
			int minutes = within(form.expectedServiceMinutes(), DEFAULT_SERVICE_MINUTES, 1, MAX_SERVICE_MINUTES,
					at + ".expectedServiceMinutes", violations);
			if (violations.size() == before) {
				fields.add(new QueueField(form.code(), name, form.prefix(), form.dailyCap(), sessions,
						Duration.ofMinutes(minutes)));
			}
		}
		return fields;
	}

	private static void unique(String value, boolean wellFormed, Map<String, Integer> seen, int index, String at,
			String shape, List<Violation> violations) {
		if (!wellFormed) {
			violations.add(new Violation(at, shape));
			return;
		}
		Integer first = seen.putIfAbsent(value, index);
		if (first != null) {
			violations.add(new Violation(at, "is already used by fields[" + first + "]"));
		}
	}

	private static String name(String value, String at, List<Violation> violations) {
		String name = value == null ? "" : Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
		if (name.isEmpty()) {
			violations.add(new Violation(at, "must not be blank"));
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			violations.add(new Violation(at, "must be at most " + MAX_NAME_LENGTH + " characters"));
		}
		else if (!name.matches(SINGLE_LINE)) {
			violations.add(new Violation(at, "must be one line without control characters"));
		}
		return name;
	}

	static int within(Integer value, int fallback, int min, int max, String at, List<Violation> violations) {
		int chosen = Objects.requireNonNullElse(value, fallback);
		if (chosen < min || chosen > max) {
			violations.add(new Violation(at, "must be from " + min + " to " + max));
			return fallback;
		}
		return chosen;
	}

}
