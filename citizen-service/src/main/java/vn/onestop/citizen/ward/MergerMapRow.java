package vn.onestop.citizen.ward;

/**
 * One row of merger-map.sql: a new province (id {@code ti…}, no parent) or a new commune-level unit
 * (id {@code xa…}, parent = its province row), with the plain-text list of what it was formed from.
 */
public record MergerMapRow(String id, String name, String parentId, String formedFrom) {

	public boolean isProvince() {
		return this.parentId == null;
	}

}
