package vn.onestop.citizen.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of an import file as read: the line it starts on, its values by {@link ImportColumns column} (a blank
 * value is absent), and what was already wrong with its shape, e.g. a CSV line with too few fields.
 */
public record ImportRow(long line, Map<String, String> values, List<ImportError> problems) {

	public ImportRow {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		problems = List.copyOf(problems);
	}

	public String value(String column) {
		return this.values.get(column);
	}

	public boolean has(String column) {
		return this.values.get(column) != null;
	}

}
