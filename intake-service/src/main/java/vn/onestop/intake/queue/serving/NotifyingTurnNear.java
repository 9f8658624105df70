package vn.onestop.intake.queue.serving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.onestop.intake.queue.model.AlmostYourTurn;
import vn.onestop.intake.queue.model.QueueOrder;
import vn.onestop.intake.queue.model.Ticket;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.support.outbox.Outbox;
import vn.onestop.support.outbox.OutboxEvent;

/**
 * After a change that moves tickets up (a call, a transfer, a cancellation, a reactivation), finds the consented
 * tickets of the fields it touched that are now due their "almost your turn" SMS ({@link AlmostYourTurn#due}) and
 * writes one {@link QueueTurnNear} event for each, in the transaction of the change. A ticket is marked before its
 * event is written, by a statement that only marks an unmarked ticket, so the event goes once however many
 * changes see it due at the same time.
 */
@Component
class NotifyingTurnNear {

	private final ServingRepository serving;

	private final TurnNearMarks marks;

	private final Outbox outbox;

	private final JsonMapper json;

	NotifyingTurnNear(ServingRepository serving, TurnNearMarks marks, Outbox outbox, JsonMapper json) {
		this.serving = serving;
		this.marks = marks;
		this.outbox = outbox;
		this.json = json;
	}

	/** How many events were written. */
	Mono<Long> afterChange(StoredSetup setup, LocalDate day, Collection<String> fields, Instant now) {
		return Flux.fromIterable(fields)
			.distinct()
			.concatMap(field -> this.serving.waiting(setup.ward(), day, field)
				.collectList()
				.flatMapMany(waiting -> Flux.fromIterable(due(setup, waiting)))
				.concatMap(due -> this.marks.mark(due.ticket().id(), now)
					.filter(marked -> marked)
					.flatMap(marked -> this.outbox.append(event(setup, due)))))
			.count();
	}

	private List<Due> due(StoredSetup setup, List<StoredTicket> waiting) {
		List<Ticket> tickets = waiting.stream().map(StoredTicket::ticket).toList();
		return waiting.stream()
			.filter(StoredTicket::wantsSms)
			.filter(stored -> stored.turnNotifiedAt() == null)
			.map(stored -> new Due(stored, QueueOrder.ahead(stored.ticket(), tickets, setup.setup().ordering())))
			.filter(due -> AlmostYourTurn.due(due.ahead(), due.ticket().aheadWhenTaken(), setup.setup().notifyAhead(),
					due.ticket().wantsSms(), due.ticket().turnNotifiedAt() != null))
			.toList();
	}

	private OutboxEvent event(StoredSetup setup, Due due) {
		QueueTurnNear payload = QueueTurnNear.of(due.ticket(), setup.centerName(), due.ahead());
		return OutboxEvent.of(QueueTurnNear.AGGREGATE, due.ticket().id().toString(), QueueTurnNear.TYPE,
				this.json.writeValueAsString(payload));
	}

	private record Due(StoredTicket ticket, int ahead) {
	}

}
