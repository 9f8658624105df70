package vn.onestop.citizen.ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the new unit a merger-map row describes, by name within its new province. Some units changed type
 * after the map was drawn (Đồng Nai's communes that became wards in 2026), so the type words are dropped
 * when the full name finds nothing.
 */
final class SuccessorFinder {

	private static final boolean[] WITH_THEN_WITHOUT_TYPE = { true, false };

	private final Map<String, List<Keyed>> byProvince = new HashMap<>();

	SuccessorFinder(List<AdminUnit> newUnits) {
		for (AdminUnit unit : newUnits) {
			this.byProvince.computeIfAbsent(unit.provinceCode(), code -> new ArrayList<>()).add(new Keyed(unit));
		}
	}

	Optional<AdminUnit> find(Province province, String fullName) {
		List<Keyed> inProvince = this.byProvince.getOrDefault(province.code(), List.of());
		for (NameKey key : NameKey.values()) {
			for (boolean typed : WITH_THEN_WITHOUT_TYPE) {
				String wanted = key.of(fullName, typed);
				List<AdminUnit> found = inProvince.stream()
					.filter(k -> k.key(key, typed).equals(wanted))
					.map(Keyed::unit)
					.toList();
				if (!found.isEmpty()) {
					return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	private record Keyed(AdminUnit unit, String[] keys) {

		Keyed(AdminUnit unit) {
			this(unit, new String[] { NameKey.STRICT.of(unit.fullName(), true), NameKey.STRICT.of(unit.fullName(), false),
					NameKey.LOOSE.of(unit.fullName(), true), NameKey.LOOSE.of(unit.fullName(), false) });
		}

		String key(NameKey key, boolean typed) {
			return this.keys[key.ordinal() * 2 + (typed ? 0 : 1)];
		}

	}

}
