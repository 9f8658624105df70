package vn.onestop.intake.queue.serving;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import vn.onestop.intake.queue.persistence.SetupDocument;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TicketRepository;

/** The reads and the phone clearing of the closing, over every ward at once. */
@Repository
class ClosingRepository {

	/** A field of a ward with tickets still waiting or called on that day. */
	record OpenGroup(String ward, LocalDate day, String field) {
	}

	private final DatabaseClient db;

	private final JsonMapper json;

	ClosingRepository(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	Flux<OpenGroup> openGroups(LocalDate today) {
		return this.db.sql("select distinct ward_code, day, field from queue_ticket "
				+ "where status in ('WAITING', 'CALLED') and day <= :today")
			.bind("today", today)
			.map(row -> new OpenGroup(row.get("ward_code", String.class), row.get("day", LocalDate.class),
					row.get("field", String.class)))
			.all();
	}

	Flux<StoredSetup> setups(Collection<String> wards) {
		return this.db.sql("select ward_code, center_name, setup::text as setup, version, updated_at, updated_by "
				+ "from queue_setup where ward_code = any(:wards)")
			.bind("wards", wards.toArray(String[]::new))
			.map(row -> new StoredSetup(row.get("ward_code", String.class), row.get("center_name", String.class),
					this.json.readValue(row.get("setup", String.class), SetupDocument.class).toSetup(),
					row.get("version", Integer.class), row.get("updated_at", OffsetDateTime.class).toInstant(),
					row.get("updated_by", String.class)))
			.all();
	}

	/** The ward's tickets still waiting or called, of that day or before. */
	Flux<StoredTicket> open(String ward, LocalDate today) {
		return this.db.sql("select " + TicketRepository.COLUMNS + " from queue_ticket t where t.ward_code = :ward "
				+ "and t.day <= :today and t.status in ('WAITING', 'CALLED')")
			.bind("ward", ward)
			.bind("today", today)
			.map(TicketRepository::ticket)
			.all();
	}

	/**
	 * Forgets the phone numbers no SMS can be due to any more: of tickets that ended, and of every ticket of an
	 * earlier day.
	 */
	Mono<Long> clearEndedPhones(LocalDate today) {
		return this.db.sql("update queue_ticket set phone = null where phone is not null "
				+ "and (day < :today or status in ('DONE', 'CANCELLED', 'NOT_SERVED'))")
			.bind("today", today)
			.fetch()
			.rowsUpdated();
	}

}
