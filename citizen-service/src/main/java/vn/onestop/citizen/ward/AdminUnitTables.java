package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Writes units and links into admin_unit and admin_unit_link with multi-row inserts. Rows already present
 * are left alone, so writing the same data twice changes nothing.
 */
public final class AdminUnitTables {

	private static final int ROWS_PER_STATEMENT = 1000;

	private static final String UNIT_COLUMNS = "admin_unit (code, effective_from, effective_to, name, full_name, type, "
			+ "province_code, province_name, district_name, search_key)";

	private static final String LINK_COLUMNS = "admin_unit_link (successor_code, successor_from, predecessor_code, "
			+ "predecessor_from, partial)";

	private AdminUnitTables() {
	}

	public static void write(Connection connection, AdminUnitData data) throws SQLException {
		insert(connection, UNIT_COLUMNS, 10, data.catalog().allUnits(), (s, i, u) -> {
			s.setString(i, u.code());
			s.setDate(i + 1, Date.valueOf(u.effectiveFrom()));
			s.setDate(i + 2, u.effectiveTo() == null ? null : Date.valueOf(u.effectiveTo()));
			s.setString(i + 3, u.name());
			s.setString(i + 4, u.fullName());
			s.setString(i + 5, u.type().name());
			s.setString(i + 6, u.provinceCode());
			s.setString(i + 7, u.provinceName());
			s.setString(i + 8, u.districtName());
			s.setString(i + 9, VietnameseNames.searchKey(u.fullName()));
		});
		insert(connection, LINK_COLUMNS, 5, data.mergerMap().links(), (s, i, l) -> {
			s.setString(i, l.successor().code());
			s.setDate(i + 1, Date.valueOf(l.successor().effectiveFrom()));
			s.setString(i + 2, l.predecessor().code());
			s.setDate(i + 3, Date.valueOf(l.predecessor().effectiveFrom()));
			s.setBoolean(i + 4, l.partial());
		});
	}

	private static <T> void insert(Connection connection, String table, int columns, List<T> rows, RowBinder<T> binder)
			throws SQLException {
		for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
			List<T> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT));
			try (PreparedStatement statement = connection.prepareStatement(sql(table, columns, chunk.size()))) {
				for (int row = 0; row < chunk.size(); row++) {
					binder.bind(statement, row * columns + 1, chunk.get(row));
				}
				statement.executeUpdate();
			}
		}
	}

	private static String sql(String table, int columns, int rows) {
		String tuple = "(" + "?, ".repeat(columns - 1) + "?)";
		return "insert into " + table + " values " + String.join(", ", Collections.nCopies(rows, tuple))
				+ " on conflict do nothing";
	}

	@FunctionalInterface
	private interface RowBinder<T> {

		void bind(PreparedStatement statement, int firstParameter, T row) throws SQLException;

	}

}
