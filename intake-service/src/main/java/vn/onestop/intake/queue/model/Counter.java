package vn.onestop.intake.queue.model;

import java.util.Set;

/** A counter (quầy) by its number, and the fields whose tickets it calls. */
public record Counter(int number, Set<String> fields) {

	public Counter {
		fields = Set.copyOf(fields);
		if (number < 1) {
			throw new IllegalArgumentException("Counters are numbered from 1: " + number);
		}
		if (fields.isEmpty()) {
			throw new IllegalArgumentException("Counter " + number + " serves no field");
		}
	}

	public boolean serves(String field) {
		return this.fields.contains(field);
	}

}
