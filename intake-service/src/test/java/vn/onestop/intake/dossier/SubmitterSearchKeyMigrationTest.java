package vn.onestop.intake.dossier;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.onestop.support.db.DatabaseCredentials;
import vn.onestop.support.db.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V14 on dossiers the previous version left: each gets the search key a new dossier of the same submitter gets
 * (the Java rule, not an SQL imitation of it), and the list's search finds them through the trigram index.
 */
class SubmitterSearchKeyMigrationTest {

	@TempDir
	Path data;

	@Test
	void dossiersReceivedBeforeV14AreFoundByTheSameKeyAsNewOnes() throws Exception {
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(this.data, 0)) {
			DatabaseCredentials credentials = postgres.provision("intake", "intake");
			String jdbc = "jdbc:postgresql://localhost:" + postgres.port() + "/intake";
			Flyway.configure().dataSource(jdbc, "intake", credentials.password()).target("13").load().migrate();
			try (Connection db = DriverManager.getConnection(jdbc, "intake", credentials.password());
					Statement sql = db.createStatement()) {
				insert(sql, "00004-261201-0001", "Nguyễn Văn Thuỷ");
				insert(sql, "00004-261201-0002", "ĐỖ THỊ LAN");

				Flyway.configure().dataSource(jdbc, "intake", credentials.password()).load().migrate();

				Map<String, String> keys = new LinkedHashMap<>();
				try (ResultSet rows = sql.executeQuery("select code, submitter_search_key from dossier order by code")) {
					while (rows.next()) {
						keys.put(rows.getString(1), rows.getString(2));
					}
				}
				assertThat(keys).containsExactly(Map.entry("00004-261201-0001", "nguien van thui"),
						Map.entry("00004-261201-0002", "do thi lan"));
				assertThat(keys.get("00004-261201-0001"))
					.isEqualTo(DossierRepository.searchKey(new Person("Nguyễn Văn Thủy", null, null, null, null, null, null)));
				try (ResultSet index = sql.executeQuery("select indexdef from pg_indexes where indexname = 'dossier_submitter_search'")) {
					assertThat(index.next()).isTrue();
					assertThat(index.getString(1)).contains("gin").contains("gin_trgm_ops");
				}
			}
		}
	}

	private static void insert(Statement sql, String code, String name) throws Exception {
		sql.execute("insert into dossier (id, code, ward_code, agency_code, procedure_version_id, procedure_code, channel, "
				+ "status, received_at, counting_starts_at, due_at, sets, submitter, owner, citizen_link_pending) "
				+ "select gen_random_uuid(), '" + code + "', '00004', '00004', v.id, v.procedure_code, 'IN_PERSON', 2, now(), "
				+ "now(), now(), 1, jsonb_build_object('fullName', '" + name + "'), '{}'::jsonb, true "
				+ "from procedure_version v order by v.id limit 1");
	}

}
