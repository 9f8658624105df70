package vn.onestop.notification.citizen;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

/**
 * The projection of citizen-service's citizen events (V7__citizen_choice.sql): one row per citizen, the
 * newest version wins, so an older event arriving after a newer one changes nothing. An event that does
 * not carry the contact or the preferences keeps those of the row.
 */
@Repository
public class CitizenChoices {

	private static final String UPSERT = """
			insert into citizen_choice (citizen_id, version, active, phone, email, preference, consent, updated_at)
			values (:id, :version, :active, :phone, :email, :preference, :consent, :now)
			on conflict (citizen_id) do update set version = excluded.version, active = excluded.active,
			  phone = case when :hasContact then excluded.phone else citizen_choice.phone end,
			  email = case when :hasContact then excluded.email else citizen_choice.email end,
			  preference = case when :hasPreferences then excluded.preference else citizen_choice.preference end,
			  consent = case when :hasPreferences then excluded.consent else citizen_choice.consent end,
			  updated_at = excluded.updated_at
			where citizen_choice.version < excluded.version""";

	private final DatabaseClient db;

	CitizenChoices(DatabaseClient db) {
		this.db = db;
	}

	public Mono<CitizenChoice> find(UUID citizenId) {
		return this.db.sql("select * from citizen_choice where citizen_id = :id")
			.bind("id", citizenId)
			.map(CitizenChoices::choice)
			.one();
	}

	/** Emits whether the row changed: false when the projection already holds this version or a newer one. */
	Mono<Boolean> record(CitizenChoice choice, boolean hasContact, boolean hasPreferences, Instant now) {
		DatabaseClient.GenericExecuteSpec upsert = this.db.sql(UPSERT)
			.bind("id", choice.citizenId())
			.bind("version", choice.version())
			.bind("active", choice.active())
			.bind("consent", choice.consent())
			.bind("hasContact", hasContact)
			.bind("hasPreferences", hasPreferences)
			.bind("now", now.atOffset(ZoneOffset.UTC));
		upsert = bindNullable(upsert, "phone", choice.phone());
		upsert = bindNullable(upsert, "email", choice.email());
		upsert = bindNullable(upsert, "preference", choice.preference() == null ? null : choice.preference().name());
		return upsert.fetch().rowsUpdated().map(rows -> rows > 0);
	}

	private static DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec, String name,
			String value) {
		return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
	}

	private static CitizenChoice choice(Readable row) {
		return new CitizenChoice(row.get("citizen_id", UUID.class), row.get("version", Long.class),
				Boolean.TRUE.equals(row.get("active", Boolean.class)), row.get("phone", String.class),
				row.get("email", String.class), CitizenChoice.Preference.parse(row.get("preference", String.class)),
				Boolean.TRUE.equals(row.get("consent", Boolean.class)));
	}

}
