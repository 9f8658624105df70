package vn.onestop.intake.dossier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.onestop.support.web.ProblemException;

/**
 * A dossier filed from a walk-in ticket: the ticket named must be one of today's of the dossier's ward, being served
 * (else 400 on {@code queueTicket}); the dossier records it, and its receipt shows its number.
 */
@Component
class FilingFromTicket {

	private final QueueTickets tickets;

	private final TicketDossiers dossiers;

	FilingFromTicket(QueueTickets tickets, TicketDossiers dossiers) {
		this.tickets = tickets;
		this.dossiers = dossiers;
	}

	/** The ticket the request names, empty when it names none. */
	Mono<Optional<UUID>> ticketOf(DossierRequest request) {
		if (request.queueTicket() == null) {
			return Mono.just(Optional.empty());
		}
		return this.tickets.servingToday(request.wardCode(), request.queueTicket())
			.map(Optional::of)
			.switchIfEmpty(Mono.error(() -> ProblemException.validation(List.of(new ProblemException.FieldError(
					"queueTicket", "must be a ticket of this ward being served today")))));
	}

	Mono<Void> attach(UUID dossierId, Optional<UUID> ticket) {
		return ticket.map(id -> this.dossiers.attach(dossierId, id)).orElse(Mono.empty());
	}

	/** The number of the ticket the dossier was filed from; empty when none. */
	Mono<String> numberFor(UUID dossierId) {
		return this.dossiers.ticketOf(dossierId).flatMap(this.tickets::number);
	}

}
