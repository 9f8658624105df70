package vn.onestop.intake.queue.serving;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.queue.model.CallingNext;
import vn.onestop.intake.queue.model.Counter;
import vn.onestop.intake.queue.model.QueueDay;
import vn.onestop.intake.queue.model.Ticket;
import vn.onestop.intake.queue.persistence.QueueSignal;
import vn.onestop.intake.queue.persistence.SetupRepository;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TicketRepository;
import vn.onestop.support.db.RunToCompletion;
import vn.onestop.support.security.Caller;

/**
 * {@code POST /queue/{ward}/counters/{counter}/call}: in one transaction, holds the counter (its calls run one after
 * the other), reads the ticket it still holds or else locks the first waiting ticket of its fields in the policy's
 * order, skipping those other calls hold, and lets {@link CallingNext} decide; stores the call and its history line,
 * writes the "almost your turn" events it makes due and signals the change. Empty when nobody waits.
 */
@Service
class CallingNextTicket {

	private final SetupRepository setups;

	private final ServingRepository serving;

	private final TicketRepository tickets;

	private final NotifyingTurnNear turnNear;

	private final QueueSignal signal;

	private final ServingMetrics metrics;

	private final TransactionalOperator transaction;

	private final Clock clock;

	CallingNextTicket(SetupRepository setups, ServingRepository serving, TicketRepository tickets,
			NotifyingTurnNear turnNear, QueueSignal signal, ServingMetrics metrics,
			ReactiveTransactionManager transactions, ObjectProvider<Clock> clock) {
		this.setups = setups;
		this.serving = serving;
		this.tickets = tickets;
		this.turnNear = turnNear;
		this.signal = signal;
		this.metrics = metrics;
		this.transaction = TransactionalOperator.create(transactions);
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<Served> call(String ward, int counterNumber, Caller caller) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		LocalDate day = QueueDay.of(now);
		return this.setups.find(ward).switchIfEmpty(Mono.error(ServingProblems::notSetUp)).flatMap(setup -> {
			Optional<Counter> counter = setup.setup().counter(counterNumber);
			if (counter.isEmpty()) {
				CallingNext.Decision none = CallingNext.decide(setup.setup(), counterNumber, List.of(), now);
				return Mono.error(none instanceof CallingNext.NoSuchCounter ? ServingProblems.unknownCounter(counterNumber)
						: new IllegalStateException("A counter the set-up lacks was decided " + none));
			}
			Mono<Call> work = this.serving.lockCounter(ward, counterNumber)
				.then(candidates(setup, day, counter.get()))
				.flatMap(candidates -> called(setup, counterNumber, candidates, now, caller));
			return RunToCompletion.of(this.transaction.transactional(work))
				.map(call -> new Served(setup, counted(call, now)));
		});
	}

	/** The tickets the counter holds, or else the first waiting one it may call (locked). */
	private Mono<List<StoredTicket>> candidates(StoredSetup setup, LocalDate day, Counter counter) {
		return this.serving.heldBy(setup.ward(), day, counter.number())
			.collectList()
			.flatMap(held -> !held.isEmpty() ? Mono.just(held)
					: this.serving.firstWaiting(setup.ward(), day, counter.fields(), setup.setup().ordering())
						.map(List::of)
						.defaultIfEmpty(List.of()));
	}

	private Mono<Call> called(StoredSetup setup, int counter, List<StoredTicket> candidates, Instant now,
			Caller caller) {
		List<Ticket> tickets = candidates.stream().map(StoredTicket::ticket).toList();
		CallingNext.Decision decision = CallingNext.decide(setup.setup(), counter, tickets, now);
		if (decision instanceof CallingNext.Busy busy) {
			return Mono.error(ServingProblems.busy(counter, busy.held().number().value()));
		}
		if (decision instanceof CallingNext.NobodyWaiting || decision instanceof CallingNext.NoSuchCounter) {
			return Mono.empty();
		}
		CallingNext.Called call = (CallingNext.Called) decision;
		StoredTicket before = candidates.stream()
			.filter(stored -> stored.ticket().number().equals(call.ticket().number()))
			.findFirst()
			.orElseThrow();
		StoredTicket after = before.with(call.ticket(), now, before.startedAt(), before.finishedAt(), now);
		return this.serving.changeIfUnchanged(before, after)
			.flatMap(changed -> changed ? Mono.just(after)
					: Mono.error(ServingProblems.changedMeanwhile(before.ticket().status())))
			.flatMap(stored -> this.tickets.appendHistory(stored, call.entry(), caller.name()))
			.then(this.turnNear.afterChange(setup, before.ticket().day(), List.of(before.ticket().field()), now))
			.then(this.signal.changed(setup.ward()))
			.thenReturn(new Call(before, after));
	}

	/** One wait a ticket: from its taking to its first call (a transferred or reactivated ticket is not counted again). */
	private StoredTicket counted(Call call, Instant now) {
		if (call.before().calledAt() == null) {
			this.metrics.called(call.after().ward(), call.after().ticket().field(),
					Duration.between(call.after().ticket().takenAt(), now));
		}
		return call.after();
	}

	private record Call(StoredTicket before, StoredTicket after) {
	}

}
