package vn.onestop.intake.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.calendar.ComputingDueTime;
import vn.onestop.intake.calendar.DueTime;
import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.citizen.CitizenServiceClient;
import vn.onestop.intake.citizen.LinkOutcome;
import vn.onestop.intake.procedure.Channel;
import vn.onestop.intake.procedure.ProcedureRepository;
import vn.onestop.intake.procedure.ProcedureVersion;
import vn.onestop.intake.statistics.DossierMetrics;
import vn.onestop.support.db.RunToCompletion;
import vn.onestop.support.outbox.Outbox;
import vn.onestop.support.outbox.OutboxEvent;
import vn.onestop.support.privacy.Masking;

/**
 * Receives a dossier: checks the submitter by citizen-service's rules (SubmitterRules) and the dossier against the
 * procedure version in force, links the submitter to citizen-service when it answers (or keeps its refusal),
 * computes the appointment, then numbers and stores the dossier,
 * its history, its idempotency key, the walk-in ticket it is filed from and its DossierReceived event in one
 * transaction.
 */
@Service
class ReceivingDossier {

	private static final Logger log = LoggerFactory.getLogger(ReceivingDossier.class);

	private final ProcedureRepository procedures;

	private final DossierRepository dossiers;

	private final ReadingDossiers reading;

	private final ComputingDueTime appointments;

	private final CitizenServiceClient citizens;

	private final TransactionalOperator transaction;

	private final Outbox outbox;

	private final JsonMapper json;

	private final AgencyCodes agencies;

	private final Clock clock;

	private final DossierMetrics metrics;

	private final CitizenLinkRepository links;

	private final FilingFromTicket fromTicket;

	ReceivingDossier(ProcedureRepository procedures, DossierRepository dossiers, ReadingDossiers reading,
			ComputingDueTime appointments, CitizenServiceClient citizens, ReactiveTransactionManager transactions,
			Outbox outbox, JsonMapper json, DossierProperties properties, ObjectProvider<Clock> clock,
			DossierMetrics metrics, CitizenLinkRepository links, FilingFromTicket fromTicket) {
		this.links = links;
		this.fromTicket = fromTicket;
		this.procedures = procedures;
		this.dossiers = dossiers;
		this.reading = reading;
		this.appointments = appointments;
		this.citizens = citizens;
		this.transaction = TransactionalOperator.create(transactions);
		this.outbox = outbox;
		this.json = json;
		this.agencies = new AgencyCodes(properties.agencyCodes());
		this.clock = clock.getIfAvailable(() -> Clock.system(WorkingCalendar.ZONE));
		this.metrics = metrics;
	}

	Mono<DossierView> receive(DossierRequest request, Optional<String> idempotencyKey, String actor) {
		return Mono.fromCallable(() -> SubmitterRules.check(request.submitter(),
				LocalDate.ofInstant(this.clock.instant(), WorkingCalendar.ZONE)))
			.flatMap(submitter -> receive(request, submitter, idempotencyKey, actor));
	}

	private Mono<DossierView> receive(DossierRequest request, Person submitter, Optional<String> idempotencyKey,
			String actor) {
		String hash = RequestFingerprint.of(request.meaning());
		if (idempotencyKey.isEmpty()) {
			return receiveNew(request, submitter, Optional.empty(), hash, actor);
		}
		String key = idempotencyKey.get();
		return replay(key, hash).switchIfEmpty(Mono.defer(() -> receiveNew(request, submitter, idempotencyKey, hash, actor)
			.onErrorResume(DataIntegrityViolationException.class,
					duplicate -> replay(key, hash).switchIfEmpty(Mono.error(duplicate)))));
	}

	private Mono<DossierView> replay(String key, String hash) {
		return this.dossiers.findKey(key).flatMap(stored -> stored.requestHash().equals(hash)
				? this.reading.view(stored.dossierCode()) : Mono.error(DossierProblems.keyReused()));
	}

	private Mono<DossierView> receiveNew(DossierRequest request, Person submitter, Optional<String> key, String hash,
			String actor) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		LocalDateTime local = LocalDateTime.ofInstant(now, WorkingCalendar.ZONE);
		Channel channel = Channel.parse(request.channel()).orElseThrow();
		return this.fromTicket.ticketOf(request).flatMap(ticket -> this.procedures
			.inForce(request.procedureCode(), local.toLocalDate())
			.switchIfEmpty(Mono.error(DossierProblems::unknownProcedure))
			.flatMap(version -> {
				IntakeRules.Checked checked = IntakeRules.check(channel, request.documents(), version);
				if (!checked.violations().isEmpty()) {
					return Mono.error(DossierProblems.rulesBroken(checked.violations()));
				}
				return Mono
					.zip(this.appointments.dueTime(request.wardCode(), local, version.processingTime()),
							this.citizens.link(Citizens.snapshotOf(submitter)))
					.flatMap(found -> store(request, submitter, version, channel, checked, now, found.getT1(),
							found.getT2(), key, hash, actor, ticket)
						.doOnNext(stored -> this.metrics.received(stored.wardCode(), version.fieldCode(), channel)));
			}))
			.flatMap(dossier -> {
				log.info("Received dossier {} ({}, {}) from submitter {} phone {}{}", dossier.code(),
						dossier.procedureCode(), dossier.channel(), Masking.mask(dossier.submitter().idNumber()),
						Masking.mask(dossier.submitter().phone()),
						dossier.citizenLinkPending() ? ", citizen link pending" : "");
				return this.reading.view(dossier.code().value());
			});
	}

	private Mono<Dossier> store(DossierRequest request, Person submitter, ProcedureVersion version, Channel channel,
			IntakeRules.Checked checked, Instant receivedAt, DueTime due, LinkOutcome link, Optional<String> key,
			String hash, String actor, Optional<UUID> ticket) {
		UUID citizenId = link instanceof LinkOutcome.Linked linked ? linked.citizenId() : null;
		String agency = this.agencies.agencyFor(request.wardCode());
		Mono<Void> claim = key.map(k -> this.dossiers.claimKey(k, hash)).orElse(Mono.empty());
		Mono<Dossier> work = claim.then(this.dossiers.nextSequence(agency, due.receivedAt().toLocalDate()))
			.filter(sequence -> sequence <= DossierCode.MAX_SEQUENCE)
			.switchIfEmpty(Mono.error(DossierProblems::dailySequenceExhausted))
			.flatMap(sequence -> {
				Dossier dossier = new Dossier(UUID.randomUUID(),
						new DossierCode(agency, due.receivedAt().toLocalDate(), sequence), request.wardCode(),
						version.id(), version.procedureCode(), channel, DossierStatus.initialFor(channel), receivedAt,
						due.countingStartsAt().atZone(WorkingCalendar.ZONE).toInstant(),
						due.dueAt().atZone(WorkingCalendar.ZONE).toInstant(), request.setCount(),
						submitter, request.owner() == null ? submitter : request.ownerPerson(), checked.documents(),
						TextRules.nfc(request.notes()), TextRules.nfc(request.receivedBy()), citizenId);
				OutboxEvent event = OutboxEvent.of("Dossier", dossier.code().value(), DossierReceived.TYPE,
						this.json.writeValueAsString(DossierReceived.of(dossier, version)));
				return this.dossiers.insert(dossier, actor)
					.then(this.fromTicket.attach(dossier.id(), ticket))
					.then(link instanceof LinkOutcome.Refused refused
							? this.links.refusedAtFiling(dossier.id(), refused.refusal()) : Mono.empty())
					.then(key.map(k -> this.dossiers.attachKey(k, dossier.code())).orElse(Mono.empty()))
					.then(this.outbox.append(event))
					.thenReturn(dossier);
			});
		// what the citizen handed in is stored whole even if the caller goes away meanwhile (RunToCompletion)
		return RunToCompletion.of(this.transaction.transactional(work));
	}

}
