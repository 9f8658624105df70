package vn.onestop.intake.queue.serving;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import vn.onestop.intake.queue.model.QueueOrder;
import vn.onestop.intake.queue.model.TicketStatus;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.reading.TicketView;

/** The view of a ticket after a call or an action (as GET shows it), with the people ahead of it when it waits. */
@Component
class ViewingTicket {

	private final ServingRepository serving;

	ViewingTicket(ServingRepository serving) {
		this.serving = serving;
	}

	Mono<TicketView> view(StoredSetup setup, StoredTicket stored) {
		if (stored.ticket().status() != TicketStatus.WAITING) {
			return Mono.just(TicketView.of(stored, setup.setup(), null));
		}
		return this.serving.waiting(setup.ward(), stored.ticket().day(), stored.ticket().field())
			.map(StoredTicket::ticket)
			.collectList()
			.map(waiting -> TicketView.of(stored, setup.setup(),
					QueueOrder.ahead(stored.ticket(), waiting, setup.setup().ordering())));
	}

}
