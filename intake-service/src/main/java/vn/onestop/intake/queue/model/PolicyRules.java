package vn.onestop.intake.queue.model;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The center-wide choices of a set-up: whom it serves first, and in which order. */
final class PolicyRules {

	private PolicyRules() {
	}

	static Set<PriorityGroup> priorityGroups(List<String> names, List<Violation> violations) {
		if (names == null) {
			return EnumSet.allOf(PriorityGroup.class);
		}
		Set<PriorityGroup> groups = EnumSet.noneOf(PriorityGroup.class);
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			String at = "priorityGroups[" + i + "]";
			Arrays.stream(PriorityGroup.values())
				.filter(group -> group.name().equals(name))
				.findFirst()
				.ifPresentOrElse(groups::add, () -> violations.add(new Violation(at,
						"must be one of " + Arrays.toString(PriorityGroup.values()))));
		}
		return groups;
	}

	static OrderingPolicy ordering(String kind, Integer headStartMinutes, List<Violation> violations) {
		OrderingPolicy.Kind parsed = OrderingPolicy.DEFAULT.kind();
		if (kind != null) {
			parsed = Arrays.stream(OrderingPolicy.Kind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
			if (parsed == null) {
				violations.add(new Violation("ordering", "must be STRICT_PRIORITY or BALANCED"));
			}
		}
		int minutes = SetupRules.within(headStartMinutes, (int) OrderingPolicy.DEFAULT_HEAD_START.toMinutes(), 1,
				(int) OrderingPolicy.MAX_HEAD_START.toMinutes(), "priorityHeadStartMinutes", violations);
		return parsed == null ? null : new OrderingPolicy(parsed, Duration.ofMinutes(minutes));
	}

}
