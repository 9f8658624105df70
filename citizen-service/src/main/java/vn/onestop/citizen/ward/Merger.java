package vn.onestop.citizen.ward;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A merger request that passed the form checks: the new unit, the day it takes effect and its predecessors. */
record Merger(String code, String name, UnitType type, String provinceCode, LocalDate effectiveOn,
		List<Predecessor> predecessors) {

	Merger {
		predecessors = List.copyOf(predecessors);
	}

	String fullName() {
		return this.type.prefix() + " " + this.name;
	}

	UnitKey successor() {
		return new UnitKey(this.code, this.effectiveOn);
	}

	/** Equal for two requests that ask for the same merger, whatever the order of their predecessors. */
	String fingerprint() {
		return String.join("|", this.code, this.name, this.type.name(), this.provinceCode, this.effectiveOn.toString(),
				this.predecessors.stream()
					.sorted(Comparator.comparing(Predecessor::code))
					.map(p -> p.code() + ":" + (p.partial() ? "partial" : "full") + (p.continues() ? ":continues" : ""))
					.collect(Collectors.joining(",")));
	}

	/**
	 * An old unit going into the new one. A full one ends the day before the merger. A partial one is split: it
	 * ends too, unless {@code continues} says the rest of it stays a unit of its own.
	 */
	record Predecessor(String code, boolean partial, boolean continues) {

		boolean ends() {
			return !this.continues;
		}

	}

}
