package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two official lists: the old three-level structure in force until 2025-06-30 and the new two-level one
 * in force from 2025-07-01, read from the JSON files of the open dataset.
 */
public record AdminUnitCatalog(List<Province> oldProvinces, List<AdminUnit> oldUnits, List<Province> newProvinces,
		List<AdminUnit> newUnits) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static AdminUnitCatalog read(InputStream before, InputStream after) {
		JsonNode oldTree = tree(before);
		JsonNode newTree = tree(after);
		List<Province> oldProvinces = new ArrayList<>();
		List<AdminUnit> oldUnits = new ArrayList<>();
		for (JsonNode province : oldTree) {
			Province p = province(province);
			oldProvinces.add(p);
			for (JsonNode district : province.path("District")) {
				String districtName = VietnameseNames.nfc(district.path("FullName").asString());
				for (JsonNode ward : district.path("Ward")) {
					oldUnits.add(unit(ward, p, districtName, AdminUnit.UNKNOWN_START, AdminUnit.LAST_DAY_BEFORE_MERGER));
				}
			}
		}
		List<Province> newProvinces = new ArrayList<>();
		List<AdminUnit> newUnits = new ArrayList<>();
		for (JsonNode province : newTree) {
			Province p = province(province);
			newProvinces.add(p);
			for (JsonNode ward : province.path("Wards")) {
				newUnits.add(unit(ward, p, null, AdminUnit.MERGER_DAY, null));
			}
		}
		return new AdminUnitCatalog(List.copyOf(oldProvinces), List.copyOf(oldUnits), List.copyOf(newProvinces),
				List.copyOf(newUnits));
	}

	public List<AdminUnit> allUnits() {
		List<AdminUnit> all = new ArrayList<>(this.oldUnits);
		all.addAll(this.newUnits);
		return all;
	}

	private static Province province(JsonNode node) {
		return new Province(node.path("Code").asString(), VietnameseNames.nfc(node.path("Name").asString()),
				VietnameseNames.nfc(node.path("FullName").asString()));
	}

	private static AdminUnit unit(JsonNode ward, Province province, String district, LocalDate from, LocalDate to) {
		String listed = VietnameseNames.nfc(ward.path("FullName").asString());
		UnitType type = UnitType.ofFullName(listed)
			.orElseThrow(() -> new IllegalStateException("Unknown unit type in '" + listed + "'"));
		String fullName = listed.regionMatches(true, 0, type.prefix(), 0, type.prefix().length())
				? type.prefix() + listed.substring(type.prefix().length()) : listed;
		return new AdminUnit(ward.path("Code").asString(), VietnameseNames.nfc(ward.path("Name").asString()),
				fullName, type, province.code(), province.name(), district, from, to);
	}

	private static JsonNode tree(InputStream in) {
		try (in) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
