package vn.onestop.citizen.ward;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The old units of some old provinces, looked up by folded name with or without the type words. */
final class OldUnitIndex {

	private final Map<NameKey, Map<String, List<AdminUnit>>> withType = new EnumMap<>(NameKey.class);

	private final Map<NameKey, Map<String, List<AdminUnit>>> withoutType = new EnumMap<>(NameKey.class);

	private final List<AdminUnit> units;

	OldUnitIndex(Collection<AdminUnit> units) {
		this.units = List.copyOf(units);
		for (NameKey key : NameKey.values()) {
			this.withType.put(key, index(key, true));
			this.withoutType.put(key, index(key, false));
		}
	}

	List<AdminUnit> named(String name, NameKey key, boolean typed) {
		Map<String, List<AdminUnit>> byName = (typed ? this.withType : this.withoutType).get(key);
		return byName.getOrDefault(key.of(name, typed), List.of());
	}

	private Map<String, List<AdminUnit>> index(NameKey key, boolean typed) {
		Map<String, List<AdminUnit>> byName = new HashMap<>();
		for (AdminUnit unit : this.units) {
			byName.computeIfAbsent(key.of(unit.fullName(), typed), k -> new ArrayList<>()).add(unit);
		}
		return byName;
	}

}
