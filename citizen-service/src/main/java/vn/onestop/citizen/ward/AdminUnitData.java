package vn.onestop.citizen.ward;

import java.io.InputStream;
import java.util.List;

/** The registry's source data as shipped in {@code admin-units/}: both unit lists and the matched merger map. */
public record AdminUnitData(AdminUnitCatalog catalog, MergerMap mergerMap) {

	static final String DIRECTORY = "admin-units/";

	public static AdminUnitData loadFromClasspath() {
		AdminUnitCatalog catalog = AdminUnitCatalog.read(resource("units-before-2025-07-01.json"),
				resource("units-after-2025-07-01.json"));
		List<MergerMapRow> rows = MergerMapParser.parse(resource("merger-map.sql"));
		return new AdminUnitData(catalog, new PredecessorMatcher(catalog).match(rows));
	}

	static InputStream resource(String name) {
		InputStream in = AdminUnitData.class.getClassLoader().getResourceAsStream(DIRECTORY + name);
		if (in == null) {
			throw new IllegalStateException("Missing classpath resource " + DIRECTORY + name);
		}
		return in;
	}

}
