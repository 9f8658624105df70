package vn.onestop.citizen.records;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The parameters of {@code GET /citizens/search}, checked: a name, a ward or both; a bounded page. */
record CitizenSearchQuery(String searchKey, String markKey, String wardCode, int page, int size) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	static final int MAX_PAGE = 10_000;

	private static final Pattern WARD_CODE = Pattern.compile("[0-9]{5}");

	static CitizenSearchQuery parse(String name, String ward, int page, int size) {
		List<FieldProblem> problems = new ArrayList<>();
		String searchKey = name == null ? "" : NameSearchKeys.searchKey(name);
		String wardCode = ward == null || ward.isBlank() ? null : ward.strip();
		if (name != null && name.length() > PersonName.MAX_LENGTH) {
			problems.add(new FieldProblem("name", "must be at most " + PersonName.MAX_LENGTH + " characters"));
		}
		else if (searchKey.isEmpty() && wardCode == null) {
			problems.add(new FieldProblem("name", "a name or a ward is required"));
		}
		if (wardCode != null && !WARD_CODE.matcher(wardCode).matches()) {
			problems.add(new FieldProblem("ward", "must be a 5-digit commune-level code"));
		}
		if (page < 0 || page > MAX_PAGE) {
			problems.add(new FieldProblem("page", "must be between 0 and " + MAX_PAGE));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCitizenForm(problems);
		}
		return new CitizenSearchQuery(searchKey.isEmpty() ? null : searchKey,
				searchKey.isEmpty() ? null : NameSearchKeys.markKey(name), wardCode, page, size);
	}

	long offset() {
		return (long) this.page * this.size;
	}

}
