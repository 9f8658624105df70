package vn.onestop.intake.queue.serving;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketCommand;
import vn.onestop.intake.queue.model.TicketLifecycle;
import vn.onestop.intake.queue.model.TicketStatus;
import vn.onestop.intake.queue.persistence.QueueSignal;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TicketRepository;
import vn.onestop.support.db.RunToCompletion;
import vn.onestop.support.security.Caller;

/**
 * {@code POST /queue/{ward}/tickets/{number}/actions/{action}}: reads the ticket, lets {@link TicketLifecycle}
 * decide, and in one transaction writes the change (only onto the state it was decided from: a second click loses
 * with a 409), its history line, the dossiers of a FILED finish, the "almost your turn" events the change makes due,
 * and the change signal. Served tickets and no-shows are counted once committed.
 */
@Service
class ActingOnTicket {

	private final FindingTicket finding;

	private final ServingRepository serving;

	private final TicketRepository tickets;

	private final FinishingWithDossiers dossiers;

	private final NotifyingTurnNear turnNear;

	private final QueueSignal signal;

	private final ServingMetrics metrics;

	private final TransactionalOperator transaction;

	private final Clock clock;

	ActingOnTicket(FindingTicket finding, ServingRepository serving, TicketRepository tickets,
			FinishingWithDossiers dossiers, NotifyingTurnNear turnNear, QueueSignal signal, ServingMetrics metrics,
			ReactiveTransactionManager transactions, ObjectProvider<Clock> clock) {
		this.finding = finding;
		this.serving = serving;
		this.tickets = tickets;
		this.dossiers = dossiers;
		this.turnNear = turnNear;
		this.signal = signal;
		this.metrics = metrics;
		this.transaction = TransactionalOperator.create(transactions);
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<Served> act(String ward, String number, String actionName, ActionRequest request, Caller caller) {
		TicketAction action = ActionNames.parse(actionName).orElse(null);
		if (action == null) {
			return Mono.error(ServingProblems.unknownAction(actionName));
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		return this.finding.forAction(ward, number, action, caller, now)
			.flatMap(found -> this.dossiers.command(found, action, request, caller)
				.flatMap(command -> decided(found, command, actionName, now, caller)));
	}

	private Mono<Served> decided(FindingTicket.Found found, TicketCommand command,
			String actionName, Instant now, Caller caller) {
		StoredTicket before = found.ticket();
		TicketLifecycle.Decision decision = TicketLifecycle.decide(before.ticket(), command, found.setup().setup(), now);
		if (decision instanceof TicketLifecycle.Refused refused) {
			return Mono.error(ServingProblems.refused(refused.why(), actionName, before.ticket().number().value(),
					before.ticket().status()));
		}
		TicketLifecycle.Moved moved = (TicketLifecycle.Moved) decision;
		TicketStatus to = moved.ticket().status();
		StoredTicket after = before.with(moved.ticket(), before.calledAt(),
				to == TicketStatus.SERVING && before.ticket().status() != TicketStatus.SERVING ? now : before.startedAt(),
				to == TicketStatus.DONE ? now : before.finishedAt(), now);
		Mono<StoredTicket> work = this.serving.changeIfUnchanged(before, after)
			.flatMap(changed -> changed ? Mono.just(after) : this.finding.again(before)
				.flatMap(current -> Mono.error(ServingProblems.changedMeanwhile(current.ticket().status()))))
			.flatMap(stored -> this.tickets.appendHistory(stored, moved.entry(), caller.name()))
			.then(this.serving.recordDossiers(after))
			.then(movesUp(before, after) ? this.turnNear.afterChange(found.setup(), before.ticket().day(),
					List.of(before.ticket().field(), after.ticket().field()), now) : Mono.empty())
			.then(this.signal.changed(found.setup().ward()))
			.thenReturn(after);
		return RunToCompletion.of(this.transaction.transactional(work))
			.doOnNext(stored -> counted(found.setup(), before, stored))
			.map(stored -> new Served(found.setup(), stored));
	}

	/** A change that takes a ticket out of a waiting list or puts one into it moves other tickets. */
	private static boolean movesUp(StoredTicket before, StoredTicket after) {
		return before.ticket().status() == TicketStatus.WAITING || after.ticket().status() == TicketStatus.WAITING;
	}

	private void counted(StoredSetup setup, StoredTicket before, StoredTicket after) {
		TicketStatus to = after.ticket().status();
		if (to == TicketStatus.NO_SHOW && before.ticket().status() != TicketStatus.NO_SHOW) {
			this.metrics.noShow(setup.ward(), after.ticket().field());
		}
		if (to == TicketStatus.DONE && after.startedAt() != null) {
			this.metrics.finished(setup.ward(), after.ticket().field(),
					Duration.between(after.startedAt(), after.finishedAt()));
		}
	}

}
