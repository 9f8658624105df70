package vn.onestop.intake.queue.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.onestop.intake.queue.model.CenterSetup;

/** The wards' queue set-ups ({@code queue_setup} of V16__walk_in_queue.sql). */
@Repository
public class SetupRepository {

	private final DatabaseClient db;

	private final JsonMapper json;

	public SetupRepository(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/** Empty when the ward has no queue set up. */
	public Mono<StoredSetup> find(String ward) {
		return this.db.sql("select ward_code, center_name, setup::text as setup, version, updated_at, updated_by "
				+ "from queue_setup where ward_code = :ward")
			.bind("ward", ward)
			.map(this::setup)
			.one();
	}

	/** Stores the set-up as the ward's one, its version one more than the last; returns what was stored. */
	public Mono<StoredSetup> save(String ward, String centerName, CenterSetup setup, String by, Instant at) {
		return this.db.sql("insert into queue_setup (ward_code, center_name, setup, version, updated_at, updated_by) "
				+ "values (:ward, :name, cast(:setup as jsonb), 1, :at, :by) on conflict (ward_code) do update set "
				+ "center_name = excluded.center_name, setup = excluded.setup, version = queue_setup.version + 1, "
				+ "updated_at = excluded.updated_at, updated_by = excluded.updated_by "
				+ "returning ward_code, center_name, setup::text as setup, version, updated_at, updated_by")
			.bind("ward", ward)
			.bind("name", centerName)
			.bind("setup", this.json.writeValueAsString(SetupDocument.of(setup)))
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("by", by)
			.map(this::setup)
			.one();
	}

	private StoredSetup setup(Readable row) {
		SetupDocument document = this.json.readValue(row.get("setup", String.class), SetupDocument.class);
		return new StoredSetup(row.get("ward_code", String.class), row.get("center_name", String.class),
				document.toSetup(), row.get("version", Integer.class),
				row.get("updated_at", OffsetDateTime.class).toInstant(), row.get("updated_by", String.class));
	}

}
