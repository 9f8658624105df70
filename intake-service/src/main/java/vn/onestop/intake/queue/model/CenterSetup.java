package vn.onestop.intake.queue.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A ward center's queue set-up, as {@link SetupRules} accepted it: the fields, the counters 1…n, the priority groups
 * it serves first and its ordering policy, how often a ticket is announced again before it is a no-show, and how
 * many places from the front a ticket gets its "almost your turn" SMS.
 */
public record CenterSetup(List<QueueField> fields, List<Counter> counters, Set<PriorityGroup> priorityGroups,
		OrderingPolicy ordering, int recallLimit, int notifyAhead) {

	public static final int DEFAULT_RECALL_LIMIT = 2;

	public static final int MAX_RECALL_LIMIT = 5;

	public static final int DEFAULT_NOTIFY_AHEAD = 5;

	public static final int MAX_NOTIFY_AHEAD = 30;

	public CenterSetup {
		fields = List.copyOf(fields);
		counters = List.copyOf(counters);
		priorityGroups = Set.copyOf(priorityGroups);
		if (recallLimit < 0 || recallLimit > MAX_RECALL_LIMIT) {
			throw new IllegalArgumentException("A recall limit is from 0 to " + MAX_RECALL_LIMIT + ": " + recallLimit);
		}
		if (notifyAhead < 1 || notifyAhead > MAX_NOTIFY_AHEAD) {
			throw new IllegalArgumentException("Notify-ahead places are from 1 to " + MAX_NOTIFY_AHEAD + ": " + notifyAhead);
		}
	}

	public Optional<QueueField> field(String code) {
		return this.fields.stream().filter(field -> field.code().equals(code)).findFirst();
	}

	public Optional<Counter> counter(int number) {
		return this.counters.stream().filter(counter -> counter.number() == number).findFirst();
	}

	/** How many counters call the field's tickets, open or not. */
	public long countersServing(String field) {
		return this.counters.stream().filter(counter -> counter.serves(field)).count();
	}

}
