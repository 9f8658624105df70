package vn.onestop.intake.queue.serving;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.onestop.intake.queue.model.QueueDay;
import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketNumber;
import vn.onestop.intake.queue.persistence.SetupRepository;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TicketRepository;
import vn.onestop.support.security.Caller;
import vn.onestop.support.security.SecurityProblems;

/**
 * The ticket of today an action is about, with its ward's set-up, for whoever may act on it: officers and leaders of
 * the ward act on any, a citizen only cancels the ticket they took online. Anyone else gets the 404 of a missing
 * ticket, so a ticket of another ward or person does not show it exists.
 */
@Component
class FindingTicket {

	record Found(StoredSetup setup, StoredTicket ticket) {
	}

	private final SetupRepository setups;

	private final TicketRepository tickets;

	FindingTicket(SetupRepository setups, TicketRepository tickets) {
		this.setups = setups;
		this.tickets = tickets;
	}

	Mono<Found> forAction(String ward, String number, TicketAction action, Caller caller, Instant now) {
		TicketNumber parsed = TicketNumber.parse(number).orElse(null);
		boolean staff = caller.worksIn(ward);
		if (parsed == null || !(staff || caller.personalId() != null && caller.isCitizen(caller.personalId()))) {
			return Mono.error(ServingProblems.ticketNotFound());
		}
		return this.setups.find(ward)
			.flatMap(setup -> this.tickets.find(ward, QueueDay.of(now), parsed).map(ticket -> new Found(setup, ticket)))
			.filter(found -> staff || caller.isCitizen(found.ticket().citizenPid()))
			.switchIfEmpty(Mono.error(ServingProblems::ticketNotFound))
			.flatMap(found -> staff || action == TicketAction.CANCEL ? Mono.just(found)
					: Mono.error(SecurityProblems.forbidden()));
	}

	/** The ticket as it is now, after another change won. */
	Mono<StoredTicket> again(StoredTicket ticket) {
		return this.tickets.findById(ticket.id());
	}

}
