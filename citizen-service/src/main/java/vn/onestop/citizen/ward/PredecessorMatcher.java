package vn.onestop.citizen.ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the predecessor names of the merger map to old unit codes. A name is looked up only among the old
 * provinces that formed the new province, first strictly then loosely, with then without its type words.
 * Equal names are told apart, in this order, by the district hint in parentheses, by the new unit having kept
 * that old unit's code, by the districts of the row's other, already resolved names, and by a district named
 * like the new unit. A name that still does not resolve to exactly one unit is reported, never guessed.
 */
public final class PredecessorMatcher {

	private final AdminUnitCatalog catalog;

	private final Map<String, OldUnitIndex> indexByNewProvince = new HashMap<>();

	public PredecessorMatcher(AdminUnitCatalog catalog) {
		this.catalog = catalog;
	}

	public MergerMap match(List<MergerMapRow> rows) {
		ProvinceFormations formations = new ProvinceFormations(rows.stream().filter(MergerMapRow::isProvince).toList(),
				this.catalog);
		SuccessorFinder successors = new SuccessorFinder(this.catalog.newUnits());
		List<MergerLink> links = new ArrayList<>();
		List<UnmatchedPredecessor> unmatched = new ArrayList<>();
		int names = 0;
		for (MergerMapRow row : rows) {
			if (row.isProvince()) {
				continue;
			}
			Province province = formations.newProvince(row.parentId());
			List<PredecessorName> predecessors = PredecessorName.parseList(row.formedFrom());
			names += predecessors.size();
			AdminUnit successor = successors.find(province, row.name()).orElse(null);
			if (successor == null) {
				predecessors.forEach(p -> unmatched.add(new UnmatchedPredecessor(province.name(), "", row.name(),
						p.text(), "the new unit itself is not in the list of new units")));
				continue;
			}
			OldUnitIndex index = this.indexByNewProvince.computeIfAbsent(province.code(),
					code -> indexOf(formations.formedFrom(province)));
			AdminUnit[] resolved = new RowResolution(index, successor, predecessors).resolve();
			for (int i = 0; i < resolved.length; i++) {
				PredecessorName name = predecessors.get(i);
				if (resolved[i] != null) {
					links.add(new MergerLink(successor, resolved[i], name.partial()));
				}
				else {
					unmatched.add(new UnmatchedPredecessor(province.name(), successor.code(), successor.fullName(),
							name.text(), reason(index, name, successor)));
				}
			}
		}
		return new MergerMap(links, unmatched, names);
	}

	private OldUnitIndex indexOf(List<Province> oldProvinces) {
		List<String> codes = oldProvinces.stream().map(Province::code).toList();
		return new OldUnitIndex(this.catalog.oldUnits().stream().filter(u -> codes.contains(u.provinceCode())).toList());
	}

	private static String reason(OldUnitIndex index, PredecessorName name, AdminUnit successor) {
		String wanted = name.keptUnchanged() ? successor.fullName() : name.name();
		List<AdminUnit> candidates = index.named(wanted, NameKey.LOOSE, false);
		if (candidates.isEmpty()) {
			return "no old unit of this name in the provinces that formed the new one";
		}
		return candidates.size() + " old units of this name, nothing tells them apart: "
				+ String.join(", ", candidates.stream().map(u -> u.code() + " " + u.fullName() + " (" + u.districtName()
						+ ", " + u.provinceName() + ")").toList());
	}

}
