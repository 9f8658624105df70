package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Resolves the predecessor names of one merger-map row together, so that resolved names help the others. */
final class RowResolution {

	private static final boolean[] WITH_THEN_WITHOUT_TYPE = { true, false };

	private static final boolean[] ALONE_THEN_WITH_SIBLINGS = { false, true };

	private final OldUnitIndex index;

	private final AdminUnit successor;

	private final List<PredecessorName> names;

	private final AdminUnit[] resolved;

	RowResolution(OldUnitIndex index, AdminUnit successor, List<PredecessorName> names) {
		this.index = index;
		this.successor = successor;
		this.names = names;
		this.resolved = new AdminUnit[names.size()];
	}

	AdminUnit[] resolve() {
		for (NameKey key : NameKey.values()) {
			for (boolean typed : WITH_THEN_WITHOUT_TYPE) {
				for (boolean useSiblings : ALONE_THEN_WITH_SIBLINGS) {
					Set<String> siblingDistricts = resolvedDistricts();
					for (int i = 0; i < this.resolved.length; i++) {
						if (this.resolved[i] == null) {
							List<AdminUnit> found = candidates(this.names.get(i), key, typed, useSiblings, siblingDistricts);
							this.resolved[i] = found.size() == 1 ? found.get(0) : null;
						}
					}
				}
			}
		}
		return this.resolved.clone();
	}

	private List<AdminUnit> candidates(PredecessorName name, NameKey key, boolean typed, boolean useSiblings,
			Set<String> siblingDistricts) {
		String wanted = name.keptUnchanged() ? this.successor.fullName() : name.name();
		List<AdminUnit> found = this.index.named(wanted, key, typed);
		if (name.districtHint() != null) {
			String district = key.of(name.districtHint());
			found = found.stream().filter(u -> key.of(u.districtName()).equals(district)).toList();
		}
		if (name.provinceHint() != null) {
			String province = ProvinceFormations.key(name.provinceHint());
			found = found.stream().filter(u -> ProvinceFormations.key(u.provinceName()).equals(province)).toList();
		}
		found = narrow(found, u -> u.code().equals(this.successor.code()));
		if (useSiblings) {
			found = narrow(found, u -> siblingDistricts.contains(districtOf(u)));
		}
		String successorName = VietnameseNames.matchKey(UnitType.withoutPrefix(this.successor.fullName()));
		return narrow(found, u -> VietnameseNames.matchKey(u.districtName()).endsWith(" " + successorName));
	}

	/** Keeps the candidates that pass the test, unless none or only one was left to tell apart. */
	private static List<AdminUnit> narrow(List<AdminUnit> found, Predicate<AdminUnit> test) {
		if (found.size() < 2) {
			return found;
		}
		List<AdminUnit> kept = found.stream().filter(test).toList();
		return kept.isEmpty() ? found : kept;
	}

	private Set<String> resolvedDistricts() {
		Set<String> districts = new HashSet<>();
		for (AdminUnit unit : this.resolved) {
			if (unit != null) {
				districts.add(districtOf(unit));
			}
		}
		return districts;
	}

	private static String districtOf(AdminUnit unit) {
		return unit.provinceCode() + "/" + unit.districtName();
	}

}
