package vn.onestop.intake.dossier;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * What the dossier feature asks of the walk-in queue (implemented by the queue's serving feature, so the dossier
 * feature reads no queue table): the ticket a dossier is filed from, and the number a receipt shows.
 */
public interface QueueTickets {

	/** Today's ticket of the ward with this number, being served now: its id; empty when there is none. */
	Mono<UUID> servingToday(String wardCode, String number);

	/** The number of a ticket, such as A012. */
	Mono<String> number(UUID ticketId);

}
