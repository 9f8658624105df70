package vn.onestop.intake.queue.model;

import java.util.List;

/**
 * A center's queue set-up as an administrator sends it, unchecked: {@link SetupRules} turns it into a
 * {@link CenterSetup} or into field-addressed violations. Left-out values take their defaults.
 */
public record SetupForm(List<FieldForm> fields, List<CounterForm> counters, List<String> priorityGroups,
		String ordering, Integer priorityHeadStartMinutes, Integer recallLimit, Integer notifyAhead) {

	/** {@code sessions} are written "HH:mm-HH:mm"; none means all of the ward's working sessions. */
	public record FieldForm(String code, String name, String prefix, Integer dailyCap, List<String> sessions,
			Integer expectedServiceMinutes) {
	}

	public record CounterForm(Integer number, List<String> fields) {
	}

}
