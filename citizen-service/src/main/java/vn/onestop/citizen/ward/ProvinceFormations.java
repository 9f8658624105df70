package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which old provinces formed each new province, read from the province rows of the merger map
 * ({@code tỉnh Vĩnh Phúc, tỉnh Hòa Bình và tỉnh Phú Thọ}). The map's {@code ti…} ids are its own, so provinces
 * are matched by name.
 */
final class ProvinceFormations {

	private static final Pattern LIST_SEPARATOR = Pattern.compile(",|\\s+và\\s+");

	private static final Map<String, String> ALIASES = Map.of("tphcm", "hochiminh");

	private final Map<String, Province> newProvinceByRowId = new HashMap<>();

	private final Map<String, List<Province>> oldProvincesByNewCode = new HashMap<>();

	ProvinceFormations(List<MergerMapRow> provinceRows, AdminUnitCatalog catalog) {
		Map<String, Province> oldByKey = byKey(catalog.oldProvinces());
		Map<String, Province> newByKey = byKey(catalog.newProvinces());
		for (MergerMapRow row : provinceRows) {
			Province province = find(newByKey, row.name());
			List<Province> formers = new ArrayList<>();
			boolean unchanged = VietnameseNames.accentFree(row.formedFrom()).equals("giu nguyen");
			for (String name : unchanged ? new String[] { row.name() } : LIST_SEPARATOR.split(row.formedFrom())) {
				formers.add(find(oldByKey, name));
			}
			this.newProvinceByRowId.put(row.id(), province);
			this.oldProvincesByNewCode.put(province.code(), List.copyOf(formers));
		}
	}

	Province newProvince(String rowId) {
		Province province = this.newProvinceByRowId.get(rowId);
		if (province == null) {
			throw new IllegalStateException("Merger map names unknown province row " + rowId);
		}
		return province;
	}

	List<Province> formedFrom(Province newProvince) {
		return this.oldProvincesByNewCode.getOrDefault(newProvince.code(), List.of());
	}

	/** Compares province names without the words Tỉnh, Thành phố or Thủ đô. */
	static String key(String name) {
		String bare = VietnameseNames.looseKey(VietnameseNames.accentFree(name).replaceFirst("^(thu do|thanh pho|tinh)\\s+", ""));
		return ALIASES.getOrDefault(bare, bare);
	}

	private static Map<String, Province> byKey(List<Province> provinces) {
		Map<String, Province> byKey = new HashMap<>();
		provinces.forEach(p -> byKey.put(key(p.name()), p));
		return byKey;
	}

	private static Province find(Map<String, Province> byKey, String name) {
		Province province = byKey.get(key(name));
		if (province == null) {
			throw new IllegalStateException("No province named '" + name + "'");
		}
		return province;
	}

}
