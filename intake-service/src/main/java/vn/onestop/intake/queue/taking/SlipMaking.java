package vn.onestop.intake.queue.taking;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.onestop.intake.queue.model.QueueField;
import vn.onestop.intake.queue.model.Ticket;
import vn.onestop.intake.queue.model.WaitEstimate;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TicketRepository;

/**
 * The slip of a ticket: the people ahead when it was taken and the wait they make by the model's WaitEstimate, from
 * the field's services finished today (its expected service time before the first) over the counters of the set-up
 * serving the field. Counters have no opening or closing of their own yet, so every counter serving the field counts.
 */
@Component
class SlipMaking {

	private final TicketRepository tickets;

	SlipMaking(TicketRepository tickets) {
		this.tickets = tickets;
	}

	Mono<Slip> slip(StoredSetup setup, StoredTicket stored) {
		Ticket ticket = stored.ticket();
		QueueField field = setup.setup().field(ticket.field()).orElse(null);
		Mono<Long> estimate = field == null ? Mono.empty()
				: this.tickets.serviceTimes(stored.ward(), ticket.day(), field.code())
					.collectList()
					.flatMap(services -> Mono.justOrEmpty(WaitEstimate.estimate(stored.aheadWhenTaken(), services,
							field.expectedService(), (int) setup.setup().countersServing(field.code()))))
					.map(Duration::toMinutes);
		return estimate.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.map(minutes -> new Slip(ticket.number().value(), stored.ward(), setup.centerName(), ticket.field(),
					field == null ? ticket.field() : field.name(),
					ticket.priority() == null ? null : ticket.priority().name(), stored.aheadWhenTaken(),
					minutes.orElse(null), ticket.takenAt(), ticket.day(), ticket.status().name()));
	}

}
