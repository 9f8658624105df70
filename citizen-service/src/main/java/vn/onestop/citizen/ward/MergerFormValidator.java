package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import vn.onestop.citizen.ward.MergerForm.PredecessorForm;
import vn.onestop.citizen.ward.MergerForm.SuccessorForm;
import vn.onestop.citizen.ward.MergerRefused.FieldIssue;
import vn.onestop.citizen.ward.MergerRefused.Reason;

/**
 * The checks a merger request passes before the registry is asked: formats, lengths, the day, duplicates.
 * The day must lie after the national merger day and not in the future, since citizens are re-homed as the
 * merger is recorded. Every fault is reported, not just the first.
 */
final class MergerFormValidator {

	static final LocalDate FIRST_DAY = AdminUnit.MERGER_DAY.plusDays(1);

	static final int MAX_NAME_LENGTH = 100;

	static final int MAX_PREDECESSORS = 50;

	private static final Pattern UNIT_CODE = Pattern.compile("[0-9]{5}");

	private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private MergerFormValidator() {
	}

	static Merger validate(MergerForm form, LocalDate today) {
		List<FieldIssue> issues = new ArrayList<>();
		if (form == null) {
			throw invalid(List.of(new FieldIssue("successor", "is required")));
		}
		SuccessorForm successor = form.successor() != null ? form.successor() : new SuccessorForm(null, null, null, null);
		if (form.successor() == null) {
			issues.add(new FieldIssue("successor", "is required"));
		}
		String code = matching("successor.code", successor.code(), UNIT_CODE, "must be a 5-digit commune-level code", issues);
		UnitType type = type(successor.type(), issues);
		String name = name(successor.name(), issues);
		String province = matching("successor.provinceCode", successor.provinceCode(), PROVINCE_CODE,
				"must be a 2-digit province code", issues);
		LocalDate on = day(form.effectiveOn(), today, issues);
		List<Merger.Predecessor> predecessors = predecessors(form.predecessors(), issues);
		if (!issues.isEmpty()) {
			throw invalid(issues);
		}
		return new Merger(code, name, type, province, on, predecessors);
	}

	private static String matching(String field, String value, Pattern pattern, String rule, List<FieldIssue> issues) {
		if (value == null || !pattern.matcher(value).matches()) {
			issues.add(new FieldIssue(field, rule));
			return null;
		}
		return value;
	}

	private static UnitType type(String type, List<FieldIssue> issues) {
		try {
			return UnitType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			issues.add(new FieldIssue("successor.type", "must be one of WARD, COMMUNE, TOWN, SPECIAL_ZONE"));
			return null;
		}
	}

	private static String name(String raw, List<FieldIssue> issues) {
		String rule = null;
		String name = raw == null ? "" : UnitType.withoutPrefix(VietnameseNames.nfc(raw));
		if (raw == null || raw.isBlank()) {
			rule = "is required";
		}
		else if (CONTROL.matcher(raw).find()) {
			rule = "must not contain control characters";
		}
		else if (name.isEmpty() || isOnlyPrefix(name)) {
			rule = "must name the unit, not only its type";
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			rule = "must be at most " + MAX_NAME_LENGTH + " characters";
		}
		if (rule != null) {
			issues.add(new FieldIssue("successor.name", rule));
		}
		return name;
	}

	private static boolean isOnlyPrefix(String name) {
		for (UnitType type : UnitType.values()) {
			if (VietnameseNames.matchKey(type.prefix()).equals(VietnameseNames.matchKey(name))) {
				return true;
			}
		}
		return false;
	}

	private static LocalDate day(String value, LocalDate today, List<FieldIssue> issues) {
		LocalDate day;
		try {
			day = LocalDate.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException ex) {
			issues.add(new FieldIssue("effectiveOn", "must be a date as YYYY-MM-DD"));
			return null;
		}
		if (day.isBefore(FIRST_DAY)) {
			issues.add(new FieldIssue("effectiveOn", "must be after " + AdminUnit.MERGER_DAY
					+ "; the units in force on that day come from the national data"));
		}
		else if (day.isAfter(today)) {
			issues.add(new FieldIssue("effectiveOn", "must not be in the future; record a merger once it takes effect"));
		}
		return day;
	}

	private static List<Merger.Predecessor> predecessors(List<PredecessorForm> forms, List<FieldIssue> issues) {
		if (forms == null || forms.isEmpty()) {
			issues.add(new FieldIssue("predecessors", "must list at least one unit"));
			return List.of();
		}
		if (forms.size() > MAX_PREDECESSORS) {
			issues.add(new FieldIssue("predecessors", "must list at most " + MAX_PREDECESSORS + " units"));
			return List.of();
		}
		List<Merger.Predecessor> predecessors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < forms.size(); i++) {
			PredecessorForm form = forms.get(i);
			String field = "predecessors[" + i + "]";
			if (form == null) {
				issues.add(new FieldIssue(field, "is required"));
				continue;
			}
			String code = matching(field + ".code", form.code(), UNIT_CODE, "must be a 5-digit commune-level code", issues);
			boolean partial = Boolean.TRUE.equals(form.partial());
			boolean continues = Boolean.TRUE.equals(form.continues());
			if (continues && !partial) {
				issues.add(new FieldIssue(field + ".continues", "only a partial predecessor can continue"));
			}
			if (code != null && !seen.add(code)) {
				issues.add(new FieldIssue(field + ".code", "is listed twice"));
			}
			predecessors.add(new Merger.Predecessor(code, partial, continues));
		}
		return predecessors;
	}

	private static MergerRefused invalid(List<FieldIssue> issues) {
		return new MergerRefused(Reason.INVALID, "One or more fields are invalid.", issues);
	}

}
