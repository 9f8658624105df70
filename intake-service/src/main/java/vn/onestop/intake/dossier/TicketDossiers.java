package vn.onestop.intake.dossier;

import java.util.Collection;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The walk-in ticket a dossier was filed from ({@code dossier.queue_ticket_id}, V17), for the queue's "finish with
 * the dossiers filed from this ticket" and for the receipt.
 */
@Repository
public class TicketDossiers {

	private final DatabaseClient db;

	TicketDossiers(DatabaseClient db) {
		this.db = db;
	}

	Mono<Void> attach(UUID dossierId, UUID ticketId) {
		return this.db.sql("update dossier set queue_ticket_id = :ticket where id = :id")
			.bind("ticket", ticketId)
			.bind("id", dossierId)
			.then();
	}

	Mono<UUID> ticketOf(UUID dossierId) {
		return this.db.sql("select queue_ticket_id from dossier where id = :id and queue_ticket_id is not null")
			.bind("id", dossierId)
			.map(row -> row.get("queue_ticket_id", UUID.class))
			.one();
	}

	/** The codes of the dossiers filed from the ticket, in the order they were received. */
	public Flux<String> filedFrom(UUID ticketId) {
		return this.db.sql("select code from dossier where queue_ticket_id = :ticket order by received_at, code")
			.bind("ticket", ticketId)
			.map(row -> row.get("code", String.class))
			.all();
	}

	/** Those of the codes that name a dossier of the ward. */
	public Flux<String> ofWard(String wardCode, Collection<String> codes) {
		return this.db.sql("select code from dossier where ward_code = :ward and code = any(:codes)")
			.bind("ward", wardCode)
			.bind("codes", codes.toArray(String[]::new))
			.map(row -> row.get("code", String.class))
			.all();
	}

}
