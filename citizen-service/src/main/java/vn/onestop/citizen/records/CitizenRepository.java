package vn.onestop.citizen.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import vn.onestop.rules.citizen.Gender;
import vn.onestop.rules.citizen.PersonalIdNumber;

/** Stores citizens; an update only lands on the version the caller read, so a lost update cannot happen. */
@Repository
class CitizenRepository {

	static final String COLUMNS = "c.id, c.id_number, c.legacy_id_number, c.full_name, c.date_of_birth, c.gender, "
			+ "c.phone, c.email, c.address_line, c.ward_code, c.notification_channel, c.consent, c.consent_at, "
			+ "c.active, c.version";

	private static final String VALUES = "id_number = :idNumber, legacy_id_number = :legacy, full_name = :fullName, "
			+ "search_key = :searchKey, mark_key = :markKey, date_of_birth = :dateOfBirth, gender = :gender, "
			+ "phone = :phone, email = :email, address_line = :addressLine, ward_code = :wardCode, "
			+ "notification_channel = :channel, consent = :consent, consent_at = :consentAt, active = :active, "
			+ "version = :version, updated_at = :at, updated_by = :actor";

	private final DatabaseClient db;

	CitizenRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> insert(Citizen citizen, String actor, Instant at) {
		return bind(this.db.sql("insert into citizen (id, id_number, legacy_id_number, full_name, search_key, mark_key, "
				+ "date_of_birth, gender, phone, email, address_line, ward_code, notification_channel, consent, "
				+ "consent_at, active, version, created_at, created_by, updated_at, updated_by) values (:id, :idNumber, "
				+ ":legacy, :fullName, :searchKey, :markKey, :dateOfBirth, :gender, :phone, :email, :addressLine, "
				+ ":wardCode, :channel, :consent, :consentAt, :active, :version, :at, :actor, :at, :actor)"), citizen,
				actor, at)
			.then();
	}

	/** True when the stored citizen was still at {@code expectedVersion} and now holds {@code citizen}. */
	Mono<Boolean> update(Citizen citizen, long expectedVersion, String actor, Instant at) {
		return bind(this.db.sql("update citizen set " + VALUES + " where id = :id and version = :expectedVersion"),
				citizen, actor, at)
			.bind("expectedVersion", expectedVersion)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	Mono<Citizen> findById(UUID id) {
		return this.db.sql("select " + COLUMNS + " from citizen c where c.id = :id")
			.bind("id", id)
			.map(CitizenRepository::citizen)
			.one();
	}

	Mono<Citizen> findByIdNumber(String idNumber) {
		return this.db.sql("select " + COLUMNS + " from citizen c where c.id_number = :idNumber")
			.bind("idNumber", idNumber)
			.map(CitizenRepository::citizen)
			.one();
	}

	/** True when another citizen than {@code self} (null for a new one) already has this personal ID number. */
	Mono<Boolean> idNumberTaken(String idNumber, UUID self) {
		return this.db.sql("select exists (select 1 from citizen where id_number = :idNumber and id <> :self) as taken")
			.bind("idNumber", idNumber)
			.bind("self", self != null ? self : new UUID(0, 0))
			.map(row -> Boolean.TRUE.equals(row.get("taken", Boolean.class)))
			.one();
	}

	private static GenericExecuteSpec bind(GenericExecuteSpec spec, Citizen citizen, String actor, Instant at) {
		CitizenDetails details = citizen.details();
		spec = spec.bind("id", citizen.id())
			.bind("idNumber", details.idNumber().value())
			.bind("legacy", details.idNumber().legacy())
			.bind("fullName", details.fullName())
			.bind("searchKey", NameSearchKeys.searchKey(details.fullName()))
			.bind("markKey", NameSearchKeys.markKey(details.fullName()))
			.bind("dateOfBirth", details.dateOfBirth())
			.bind("gender", details.gender().name())
			.bind("wardCode", details.address().wardCode())
			.bind("channel", details.preferences().channel().name())
			.bind("consent", details.preferences().consent())
			.bind("active", citizen.active())
			.bind("version", citizen.version())
			.bind("at", at.atOffset(ZoneOffset.UTC))
			.bind("actor", actor);
		spec = nullable(spec, "phone", details.phone());
		spec = nullable(spec, "email", details.email());
		spec = nullable(spec, "addressLine", details.address().line());
		return citizen.consentAt() == null ? spec.bindNull("consentAt", OffsetDateTime.class)
				: spec.bind("consentAt", citizen.consentAt().atOffset(ZoneOffset.UTC));
	}

	private static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, String value) {
		return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
	}

	static Citizen citizen(Readable row) {
		PersonalIdNumber idNumber = new PersonalIdNumber(row.get("id_number", String.class),
				Boolean.TRUE.equals(row.get("legacy_id_number", Boolean.class)));
		CitizenDetails details = new CitizenDetails(row.get("full_name", String.class), idNumber,
				row.get("date_of_birth", LocalDate.class), Gender.valueOf(row.get("gender", String.class)),
				row.get("phone", String.class), row.get("email", String.class),
				new CitizenDetails.Address(row.get("address_line", String.class), row.get("ward_code", String.class)),
				new CitizenDetails.Preferences(NotificationChannel.valueOf(row.get("notification_channel", String.class)),
						Boolean.TRUE.equals(row.get("consent", Boolean.class))));
		OffsetDateTime consentAt = row.get("consent_at", OffsetDateTime.class);
		return new Citizen(row.get("id", UUID.class), details, consentAt == null ? null : consentAt.toInstant(),
				Boolean.TRUE.equals(row.get("active", Boolean.class)), row.get("version", Long.class));
	}

}
