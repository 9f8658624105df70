package vn.onestop.intake.queue.serving;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.queue.model.ClosingDay;
import vn.onestop.intake.queue.model.QueueDay;
import vn.onestop.intake.queue.model.QueueField;
import vn.onestop.intake.queue.model.Ticket;
import vn.onestop.intake.queue.model.TicketCommand;
import vn.onestop.intake.queue.model.TicketLifecycle;
import vn.onestop.intake.queue.persistence.QueueSignal;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TicketRepository;

/**
 * The closing: the tickets {@link ClosingDay} finds left open (waiting or called after their field's last session,
 * or of an earlier day) become NOT_SERVED with a history line, one ward per transaction with its change signal; then
 * the phone numbers of ended tickets are forgotten. Several replicas may run it at once: each ticket is closed by an
 * update that only applies to the state it was read in, so one replica closes it and writes its line, the others
 * skip it.
 */
@Service
class ClosingDays {

	static final String ACTOR = "closing";

	private final ClosingRepository closing;

	private final ServingRepository serving;

	private final TicketRepository tickets;

	private final QueueSignal signal;

	private final TransactionalOperator transaction;

	private final Clock clock;

	ClosingDays(ClosingRepository closing, ServingRepository serving, TicketRepository tickets, QueueSignal signal,
			ReactiveTransactionManager transactions, ObjectProvider<Clock> clock) {
		this.closing = closing;
		this.serving = serving;
		this.tickets = tickets;
		this.signal = signal;
		this.transaction = TransactionalOperator.create(transactions);
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	/** How many tickets this run closed. */
	Mono<Long> close() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		LocalDate today = QueueDay.of(now);
		return this.closing.openGroups(today)
			.collectList()
			.flatMap(groups -> this.closing.setups(groups.stream().map(ClosingRepository.OpenGroup::ward).distinct().toList())
				.collectMap(StoredSetup::ward, Function.identity())
				.map(setups -> due(groups, setups, now)))
			.flatMapMany(Flux::fromIterable)
			.concatMap(setup -> this.transaction.transactional(closeWard(setup, today, now)))
			.reduce(0L, Long::sum)
			.flatMap(closed -> this.closing.clearEndedPhones(today).thenReturn(closed));
	}

	/** The set-ups of the wards with a ticket to close now: of an earlier day, or of a field whose day has ended. */
	private static List<StoredSetup> due(List<ClosingRepository.OpenGroup> groups, Map<String, StoredSetup> setups,
			Instant now) {
		LocalDate today = QueueDay.of(now);
		Set<String> wards = groups.stream()
			.filter(group -> setups.containsKey(group.ward()))
			.filter(group -> group.day().isBefore(today) || setups.get(group.ward())
				.setup()
				.field(group.field())
				.map(field -> !now.isBefore(ClosingDay.closesAt(field, today)))
				.orElse(false))
			.map(ClosingRepository.OpenGroup::ward)
			.collect(Collectors.toSet());
		return wards.stream().sorted().map(setups::get).toList();
	}

	private Mono<Long> closeWard(StoredSetup setup, LocalDate today, Instant now) {
		return this.closing.open(setup.ward(), today)
			.collectList()
			.flatMapMany(open -> Flux.fromIterable(leftOpen(setup, open, today, now)))
			.concatMap(ticket -> closeOne(setup, ticket, now))
			.reduce(0L, Long::sum)
			.flatMap(closed -> closed > 0 ? this.signal.changed(setup.ward()).thenReturn(closed) : Mono.just(closed));
	}

	/**
	 * What {@link ClosingDay} leaves open in each of the center's fields, and the tickets of an earlier day in a field
	 * the set-up no longer has (the closing of their day ended them all).
	 */
	private static List<StoredTicket> leftOpen(StoredSetup setup, List<StoredTicket> open, LocalDate today,
			Instant now) {
		List<StoredTicket> left = new ArrayList<>();
		for (QueueField field : setup.setup().fields()) {
			Set<Ticket> closing = Set.copyOf(ClosingDay.leftOpen(field, open.stream().map(StoredTicket::ticket).toList(),
					now));
			open.stream().filter(stored -> closing.contains(stored.ticket())).forEach(left::add);
		}
		open.stream()
			.filter(stored -> setup.setup().field(stored.ticket().field()).isEmpty())
			.filter(stored -> stored.ticket().day().isBefore(today))
			.forEach(left::add);
		return left;
	}

	private Mono<Long> closeOne(StoredSetup setup, StoredTicket before, Instant now) {
		TicketLifecycle.Decision decision = TicketLifecycle.decide(before.ticket(), new TicketCommand.Close(),
				setup.setup(), now);
		if (!(decision instanceof TicketLifecycle.Moved moved)) {
			return Mono.just(0L);
		}
		StoredTicket after = before.with(moved.ticket(), before.calledAt(), before.startedAt(), before.finishedAt(), now);
		return this.serving.changeIfUnchanged(before, after)
			.flatMap(changed -> changed
					? this.tickets.appendHistory(after, moved.entry(), ACTOR).thenReturn(1L)
					: Mono.just(0L));
	}

}
