package vn.onestop.intake.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Decision 766 indicators of the whole report and of each field that received dossiers, by field code. */
record Decision766Report(Decision766 total, List<Field> byField) {

	record Field(String code, String name, Decision766 indicators) {
	}

	Decision766Report {
		byField = List.copyOf(byField);
	}

	static Decision766Report of(List<ReceivedGroup> groups) {
		Map<String, List<ReceivedGroup>> fields = new LinkedHashMap<>();
		groups.stream()
			.sorted(Comparator.comparing(ReceivedGroup::fieldCode))
			.forEach(group -> fields.computeIfAbsent(group.fieldCode(), code -> new ArrayList<>()).add(group));
		List<Field> byField = fields.values()
			.stream()
			.map(same -> new Field(same.get(0).fieldCode(), same.get(0).fieldName(), Decision766.of(same)))
			.toList();
		return new Decision766Report(Decision766.of(groups), byField);
	}

}
