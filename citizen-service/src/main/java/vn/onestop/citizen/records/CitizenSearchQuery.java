package vn.onestop.citizen.records;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.onestop.rules.citizen.FieldProblem;
import vn.onestop.rules.citizen.PersonName;

/**
 * The parameters of {@code GET /citizens/search}, checked: a name, wards or both; a bounded page. No wards means all
 * wards; several mean any of them (an officer's wards).
 */
record CitizenSearchQuery(String searchKey, String markKey, Set<String> wards, int page, int size) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	static final int MAX_PAGE = 10_000;

	static final int MAX_WARDS = 20;

	private static final Pattern WARD_CODE = Pattern.compile("[0-9]{5}");

	CitizenSearchQuery {
		wards = Set.copyOf(wards);
	}

	/** The same search over these wards (the caller's, once checked: issue #6). */
	CitizenSearchQuery withWards(Set<String> wards) {
		return new CitizenSearchQuery(this.searchKey, this.markKey, wards, this.page, this.size);
	}

	/** {@code wards} as given in the request ({@code ?ward=a&ward=b}); none (or blank) means all wards. */
	static CitizenSearchQuery parse(String name, List<String> wards, int page, int size) {
		List<FieldProblem> problems = new ArrayList<>();
		String searchKey = name == null ? "" : NameSearchKeys.searchKey(name);
		Set<String> wardCodes = new LinkedHashSet<>();
		(wards == null ? List.<String>of() : wards).stream().filter(w -> w != null && !w.isBlank()).map(String::strip)
			.forEach(wardCodes::add);
		if (name != null && name.length() > PersonName.MAX_LENGTH) {
			problems.add(new FieldProblem("name", "must be at most " + PersonName.MAX_LENGTH + " characters"));
		}
		else if (searchKey.isEmpty() && wardCodes.isEmpty()) {
			problems.add(new FieldProblem("name", "a name or a ward is required"));
		}
		if (!wardCodes.stream().allMatch(w -> WARD_CODE.matcher(w).matches())) {
			problems.add(new FieldProblem("ward", "must be a 5-digit commune-level code"));
		}
		else if (wardCodes.size() > MAX_WARDS) {
			problems.add(new FieldProblem("ward", "at most " + MAX_WARDS + " wards"));
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
				searchKey.isEmpty() ? null : NameSearchKeys.markKey(name), wardCodes, page, size);
	}

	/** The distinct words of the search key, in the order typed. */
	List<String> words() {
		return this.searchKey == null ? List.of() : List.copyOf(new LinkedHashSet<>(List.of(this.searchKey.split(" "))));
	}

	/** For each word, the other words, space-separated: what a name must bear when that word is the one mistyped. */
	List<String> otherWords() {
		List<String> words = words();
		return words.stream().map(word -> String.join(" ", words.stream().filter(w -> !w.equals(word)).toList())).toList();
	}

	/** For each word, the search key with that word (its first occurrence) replaced by {@code *}. */
	List<String> wordTemplates() {
		List<String> typed = List.of(this.searchKey.split(" "));
		return words().stream().map(word -> {
			List<String> template = new ArrayList<>(typed);
			template.set(typed.indexOf(word), "*");
			return String.join(" ", template);
		}).toList();
	}

	/** For each word, the strings one slip away from it ({@link NearWords}), space-separated. */
	List<String> nearWords() {
		return words().stream().map(word -> String.join(" ", NearWords.of(word))).toList();
	}

	long offset() {
		return (long) this.page * this.size;
	}

}
