package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.onestop.citizen.ward.AdminUnitData;
import vn.onestop.citizen.ward.AdminUnitTables;

/**
 * Loads the ward registry and the matched merger map once, in Flyway's transaction, before the service
 * answers requests: plain JDBC on Flyway's connection, so no event-loop thread ever waits for it.
 */
public class V3__load_admin_units extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		AdminUnitTables.write(context.getConnection(), AdminUnitData.loadFromClasspath());
	}

}
