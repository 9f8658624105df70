package vn.onestop.intake.dossier;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.onestop.rules.citizen.VietnameseNames;

/**
 * The dossier list's {@code q}: part of a dossier code, or part of the submitter's name typed with or without
 * accents. The name is compared by {@link VietnameseNames#searchKey}, the key stored with the dossier (V14), so
 * "nguyen van an", "Nguyễn Văn An" and "NGUYEN VAN AN" find the same dossiers; the name part matches from the start of a word ("an" finds
 * "Nguyễn Văn An", not "Trần Thị Lan"). Both keys hold only letters,
 * digits, dots, dashes and spaces, so neither can carry a LIKE wildcard.
 */
record DossierSearch(String codePart, String nameKey) {

	static final int MAX_LENGTH = 100;

	private static final Pattern CODE_CHARACTERS = Pattern.compile("[0-9A-Za-z.-]+");

	static DossierSearch of(String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		String text = query.strip();
		String code = CODE_CHARACTERS.matcher(text).matches() ? text.toUpperCase(Locale.ROOT) : "";
		return new DossierSearch(code, VietnameseNames.searchKey(text));
	}

	String where(Map<String, Object> binds) {
		if (this.codePart.isEmpty() && this.nameKey.isEmpty()) {
			return " and false";
		}
		StringBuilder sql = new StringBuilder(" and (");
		if (!this.codePart.isEmpty()) {
			sql.append("d.code like :codePart");
			binds.put("codePart", "%" + this.codePart + "%");
		}
		if (!this.nameKey.isEmpty()) {
			sql.append(this.codePart.isEmpty() ? "" : " or ").append("(' ' || d.submitter_search_key) like :nameKey");
			binds.put("nameKey", "% " + this.nameKey + "%");
		}
		return sql.append(')').toString();
	}

}
