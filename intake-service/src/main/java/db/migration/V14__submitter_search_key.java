package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.onestop.rules.citizen.VietnameseNames;

/**
 * The submitter's name as the dossier list searches it: {@link VietnameseNames#searchKey} (no marks, đ→d, y→i,
 * lower case), the same key citizen-service searches names by. Written in Java because the key is Java's rule, so
 * dossiers received before this version get exactly the key a new one gets; a trigram index serves "contains".
 */
public class V14__submitter_search_key extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("create extension if not exists pg_trgm");
			ddl.execute("alter table dossier add column submitter_search_key text not null default ''");
		}
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, submitter->>'fullName' as name from dossier");
				PreparedStatement update = connection
					.prepareStatement("update dossier set submitter_search_key = ? where id = ?")) {
			int batched = 0;
			while (rows.next()) {
				String name = rows.getString("name");
				update.setString(1, name == null ? "" : VietnameseNames.searchKey(name));
				update.setObject(2, rows.getObject("id"));
				update.addBatch();
				if (++batched % 1000 == 0) {
					update.executeBatch();
				}
			}
			update.executeBatch();
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table dossier alter column submitter_search_key drop default");
			ddl.execute("create index dossier_submitter_search on dossier using gin ((' ' || submitter_search_key) gin_trgm_ops)");
		}
	}

}
