package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.onestop.citizen.imports.ImportColumns;
import vn.onestop.citizen.imports.ImportRow;

import vn.onestop.rules.citizen.FieldProblem;

/**
 * A row of an import checked by the registration rules, with the successor ward as its ward. Remembers which columns
 * the row gave: a column left blank says nothing about the stored citizen. {@code oldWardCode} is the ward the old
 * system had, kept for the officer, never stored as the citizen's ward.
 */
record ImportedRecord(long line, CitizenDetails details, Set<String> given, String oldWardCode) {

	private static final Pattern WARD_CODE = Pattern.compile("[0-9]{5}");

	private static final Set<String> TRUE = Set.of("true", "1", "yes", "y");

	private static final Set<String> FALSE = Set.of("false", "0", "no", "n");

	/** The checked record; {@link InvalidCitizenForm} with every field at fault otherwise. */
	static ImportedRecord read(ImportRow row, String successorWard, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		Boolean consent = consent(row.value(ImportColumns.CONSENT), problems);
		String oldWardCode = row.has(ImportColumns.OLD_WARD_CODE) ? row.value(ImportColumns.OLD_WARD_CODE).strip() : null;
		if (oldWardCode != null && !WARD_CODE.matcher(oldWardCode).matches()) {
			problems.add(new FieldProblem(ImportColumns.OLD_WARD_CODE, "must be a 5-digit commune-level code"));
		}
		CitizenForm form = new CitizenForm(row.value(ImportColumns.FULL_NAME), row.value(ImportColumns.ID_NUMBER),
				row.value(ImportColumns.DATE_OF_BIRTH), row.value(ImportColumns.GENDER), row.value(ImportColumns.PHONE),
				row.value(ImportColumns.EMAIL), new CitizenForm.AddressForm(row.value(ImportColumns.ADDRESS_LINE), successorWard),
				new CitizenForm.PreferencesForm(row.value(ImportColumns.CHANNEL), consent));
		CitizenDetails details = null;
		try {
			details = CitizenFormValidator.validate(form, today);
		}
		catch (InvalidCitizenForm ex) {
			problems.addAll(0, ex.problems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidCitizenForm(problems);
		}
		Set<String> given = ImportColumns.ALL.stream().filter(row::has).collect(Collectors.toUnmodifiableSet());
		return new ImportedRecord(row.line(), details, given, oldWardCode);
	}

	String idNumber() {
		return this.details.idNumber().value();
	}

	private static Boolean consent(String text, List<FieldProblem> problems) {
		if (text == null) {
			return null;
		}
		String answer = text.strip().toLowerCase(Locale.ROOT);
		if (TRUE.contains(answer)) {
			return true;
		}
		if (!FALSE.contains(answer)) {
			problems.add(new FieldProblem(ImportColumns.CONSENT, "must be true or false"));
		}
		return false;
	}

}
