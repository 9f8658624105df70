package vn.onestop.web.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's field errors keyed by the form's own field names. Rows left blank are not sent, so the n-th item the
 * API names ({@code days[2].date}) is mapped back to the row of the form it came from.
 */
final class FieldErrors {

	private FieldErrors() {
	}

	static Map<String, String> onRows(Map<String, String> apiErrors, String list, List<Integer> rowOfSent) {
		Pattern indexed = Pattern.compile("^" + Pattern.quote(list) + "\\[(\\d+)](.*)$");
		Map<String, String> errors = new LinkedHashMap<>();
		apiErrors.forEach((field, message) -> {
			Matcher matcher = indexed.matcher(field);
			if (matcher.matches()) {
				int sent = Integer.parseInt(matcher.group(1));
				int row = sent < rowOfSent.size() ? rowOfSent.get(sent) : sent;
				errors.merge(list + "[" + row + "]" + matcher.group(2), message, (a, b) -> a + "; " + b);
			}
			else {
				errors.merge(field, message, (a, b) -> a + "; " + b);
			}
		});
		return errors;
	}

}
