package vn.onestop.intake.queue.serving;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.dossier.QueueTickets;
import vn.onestop.intake.queue.model.QueueDay;
import vn.onestop.intake.queue.model.TicketNumber;
import vn.onestop.intake.queue.model.TicketStatus;
import vn.onestop.intake.queue.persistence.TicketRepository;

/** What the dossier feature asks of the queue: the ticket being served a dossier is filed from, and its number. */
@Component
class TicketsForDossiers implements QueueTickets {

	private final TicketRepository tickets;

	private final Clock clock;

	TicketsForDossiers(TicketRepository tickets, ObjectProvider<Clock> clock) {
		this.tickets = tickets;
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	@Override
	public Mono<UUID> servingToday(String wardCode, String number) {
		return Mono.justOrEmpty(TicketNumber.parse(number))
			.flatMap(parsed -> this.tickets.find(wardCode, QueueDay.of(this.clock.instant()), parsed))
			.filter(stored -> stored.ticket().status() == TicketStatus.SERVING)
			.map(stored -> stored.id());
	}

	@Override
	public Mono<String> number(UUID ticketId) {
		return this.tickets.findById(ticketId).map(stored -> stored.ticket().number().value());
	}

}
