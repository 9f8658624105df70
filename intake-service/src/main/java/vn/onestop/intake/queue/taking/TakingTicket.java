package vn.onestop.intake.queue.taking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.calendar.ComputingDueTime;
import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.dossier.RequestFingerprint;
import vn.onestop.intake.queue.QueueAccess;
import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.intake.queue.model.QueueDay;
import vn.onestop.intake.queue.model.QueueField;
import vn.onestop.intake.queue.model.QueueOrder;
import vn.onestop.intake.queue.model.TicketStatus;
import vn.onestop.intake.queue.model.TicketTaking;
import vn.onestop.intake.queue.persistence.QueueSignal;
import vn.onestop.intake.queue.persistence.SetupRepository;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TakenVia;
import vn.onestop.intake.queue.persistence.TicketRepository;
import vn.onestop.intake.queue.statistics.QueueMetrics;
import vn.onestop.support.security.Caller;

/**
 * Gives a ticket: the model's TicketTaking decides (field, priority group, working day, opening hours, daily cap) on
 * the field's sequence, incremented in the ticket's own transaction, so concurrent takes get consecutive numbers and a
 * failed one leaves no gap. The ticket, its first history line and the change signal commit together. A retry with
 * the same Idempotency-Key gets the same ticket. A citizen taking online holds one open ticket of a field at a time
 * (checked after the field's sequence is locked, so two takes at once cannot both pass).
 */
@Service
class TakingTicket {

	private static final Logger log = LoggerFactory.getLogger(TakingTicket.class);

	/** A citizen online holds one ticket of a field at a time, so a script cannot take a field's whole day. */
	private static final java.util.Set<TicketStatus> HOLDING = java.util.EnumSet.of(TicketStatus.WAITING,
			TicketStatus.CALLED, TicketStatus.SERVING);

	private final SetupRepository setups;

	private final TicketRepository tickets;

	private final ComputingDueTime calendar;

	private final QueueSignal signal;

	private final SlipMaking slips;

	private final QueueMetrics metrics;

	private final TransactionalOperator transaction;

	private final Clock clock;

	TakingTicket(SetupRepository setups, TicketRepository tickets, ComputingDueTime calendar, QueueSignal signal,
			SlipMaking slips, QueueMetrics metrics, ReactiveTransactionManager transactions,
			ObjectProvider<Clock> clock) {
		this.setups = setups;
		this.tickets = tickets;
		this.calendar = calendar;
		this.signal = signal;
		this.slips = slips;
		this.metrics = metrics;
		this.transaction = TransactionalOperator.create(transactions);
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
	}

	Mono<Slip> take(String ward, TakeRequest request, Optional<String> key, Caller caller) {
		return Mono.defer(() -> {
			TakeChecks checks = TakeChecks.of(request);
			String hash = RequestFingerprint.of(Arrays.asList(caller.name(), checks.field(), checks.priority(),
					checks.phone()));
			return this.setups.find(ward)
				.switchIfEmpty(Mono.error(QueueProblems::notSetUp))
				.flatMap(setup -> key.isEmpty() ? takeNew(setup, checks, caller, null, null)
						: replay(setup, key.get(), hash).switchIfEmpty(Mono.defer(() -> takeNew(setup, checks, caller,
								key.get(), hash)
							.onErrorResume(DataIntegrityViolationException.class, duplicate -> replay(setup, key.get(), hash)
								.switchIfEmpty(Mono.error(duplicate))))));
		});
	}

	private Mono<Slip> replay(StoredSetup setup, String key, String hash) {
		return this.tickets.findByKey(setup.ward(), key)
			.flatMap(stored -> hash.equals(stored.requestHash()) ? this.slips.slip(setup, stored)
					: Mono.error(TakingProblems.keyReused()));
	}

	private Mono<Slip> takeNew(StoredSetup setup, TakeChecks checks, Caller caller, String key, String hash) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		LocalDate day = QueueDay.of(now);
		String ward = setup.ward();
		return this.calendar.withCalendar(ward, calendar -> calendar.isWorkingDay(day)).flatMap(workingDay -> {
			TicketTaking.Decision first = TicketTaking.take(setup.setup(), checks.field(), checks.priority(), 0,
					workingDay, now);
			if (first instanceof TicketTaking.Refused refused && refused.why() != TicketTaking.Why.CAP_REACHED) {
				return Mono.error(TakingProblems.refused(refused));
			}
			QueueField field = setup.setup().field(checks.field()).orElseThrow();
			Mono<StoredTicket> taking = this.tickets.nextSequence(ward, field.prefix(), day, field.dailyCap())
				.map(sequence -> TicketTaking.take(setup.setup(), field.code(), checks.priority(), sequence - 1,
						workingDay, now))
				.defaultIfEmpty(TicketTaking.take(setup.setup(), field.code(), checks.priority(), field.dailyCap(),
						workingDay, now))
				.flatMap(decision -> decision instanceof TicketTaking.Taken taken
						? store(setup, taken, checks, caller, key, hash)
						: Mono.error(TakingProblems.refused((TicketTaking.Refused) decision)));
			return this.transaction.transactional(taking)
				.doOnNext(stored -> {
					this.metrics.issued(ward, field.code());
					log.info("Ticket {} of ward {} taken ({}), {} ahead", stored.ticket().number(), ward,
							stored.takenVia(), stored.aheadWhenTaken());
				})
				.flatMap(stored -> this.slips.slip(setup, stored));
		});
	}

	private Mono<StoredTicket> store(StoredSetup setup, TicketTaking.Taken taken, TakeChecks checks, Caller caller,
			String key, String hash) {
		String ward = setup.ward();
		TakenVia via = caller.worksIn(ward) ? TakenVia.OFFICER
				: QueueAccess.isKioskOf(caller, ward) ? TakenVia.KIOSK : TakenVia.CITIZEN;
		String citizen = via == TakenVia.CITIZEN ? caller.personalId() : null;
		Mono<Void> oneAtATime = citizen == null ? Mono.empty()
				: this.tickets.ofCitizen(ward, taken.ticket().day(), citizen)
					.filter(held -> held.ticket().field().equals(taken.ticket().field())
							&& HOLDING.contains(held.ticket().status()))
					.next()
					.flatMap(held -> Mono.<Void>error(TakingProblems.alreadyHolding(held.ticket().number().value())));
		return oneAtATime.thenMany(this.tickets.list(ward, taken.ticket().day(), java.util.List.of(TicketStatus.WAITING)))
			.map(StoredTicket::ticket)
			.collectList()
			.map(waiting -> QueueOrder.ahead(taken.ticket(), waiting, setup.setup().ordering()))
			.flatMap(ahead -> this.tickets.insert(StoredTicket.taken(ward, taken.ticket(), via, caller.name(), citizen,
					checks.phone(), ahead, key, hash), taken.entry(), caller.name()))
			.flatMap(stored -> this.signal.changed(ward).thenReturn(stored));
	}

}
