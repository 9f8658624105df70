package vn.onestop.citizen.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.onestop.citizen.imports.ImportColumns;
import vn.onestop.citizen.imports.RowOutcome.Outcome;

/**
 * How an imported record meets the stored citizen with the same personal ID number, field by field:
 * <ul>
 * <li>the same value, or a column the row left blank, agrees;</li>
 * <li>a phone, e-mail or address line the stored citizen lacks is filled in;</li>
 * <li>any other difference (the name, the birth date, the ward, the preferences, or a phone that is not the stored
 * one) is a conflict.</li>
 * </ul>
 * One conflict makes the whole row a conflict: nothing is written, and the officer is shown every differing field,
 * the fill-ins included. An inactive citizen is never changed by an import, so a fill-in for one is a conflict too.
 */
record ImportComparison(Outcome outcome, CitizenDetails merged, List<FieldConflict> conflicts) {

	/** The fields compared, in the order the API lists them; the personal ID number is what matched. */
	static final List<String> COMPARED = List.of("fullName", "dateOfBirth", "gender", "phone", "email", "address.line",
			"address.wardCode", "preferences.channel", "preferences.consent");

	static final Set<String> FILLABLE = Set.of("phone", "email", "address.line");

	ImportComparison {
		conflicts = List.copyOf(conflicts);
	}

	static ImportComparison of(Citizen stored, ImportedRecord imported) {
		Map<String, String> before = CitizenChanges.fields(stored);
		Map<String, String> after = CitizenChanges.fields(new Citizen(stored.id(), imported.details(), null, true, 1));
		List<FieldConflict> conflicts = new ArrayList<>();
		List<FieldConflict> fills = new ArrayList<>();
		for (String field : COMPARED) {
			String storedValue = before.get(field);
			String importedValue = after.get(field);
			if (Objects.equals(storedValue, importedValue) || !given(field, imported)) {
				continue;
			}
			FieldConflict difference = new FieldConflict(field, storedValue, importedValue);
			(storedValue == null && FILLABLE.contains(field) ? fills : conflicts).add(difference);
		}
		if (!conflicts.isEmpty() || (!fills.isEmpty() && !stored.active())) {
			List<FieldConflict> all = new ArrayList<>(conflicts);
			all.addAll(fills);
			all.sort(Comparator.comparingInt(difference -> COMPARED.indexOf(difference.field())));
			return new ImportComparison(Outcome.CONFLICT, stored.details(), all);
		}
		if (fills.isEmpty()) {
			return new ImportComparison(Outcome.UNCHANGED, stored.details(), List.of());
		}
		return new ImportComparison(Outcome.MERGED, filledIn(stored.details(), imported.details()), List.of());
	}

	/** The ward is always given: it is the successor ward the import attaches its rows to. */
	private static boolean given(String field, ImportedRecord imported) {
		return field.equals("address.wardCode") || imported.given().contains(field);
	}

	private static CitizenDetails filledIn(CitizenDetails stored, CitizenDetails imported) {
		return new CitizenDetails(stored.fullName(), stored.idNumber(), stored.dateOfBirth(), stored.gender(),
				stored.phone() != null ? stored.phone() : imported.phone(),
				stored.email() != null ? stored.email() : imported.email(),
				new CitizenDetails.Address(
						stored.address().line() != null ? stored.address().line() : imported.address().line(),
						stored.address().wardCode()),
				stored.preferences());
	}

	/** A field on which the stored and the imported record differ (the stored value null when it is a fill-in). */
	record FieldConflict(String field, String stored, String imported) {
	}

}
