package vn.onestop.citizen.records;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.support.db.RunToCompletion;
import vn.onestop.support.privacy.Masking;

/**
 * Writes a change with its history rows and its outbox event in one transaction: all three commit or none.
 * {@code who} is the name the history records: the caller's token subject, or a system actor.
 * Personal ID numbers reach the log only masked.
 */
@Component
class CitizenChangeWriter {

	private static final Logger log = LoggerFactory.getLogger(CitizenChangeWriter.class);

	private final CitizenRepository citizens;

	private final CitizenHistoryRepository history;

	private final CitizenEvents events;

	private final TransactionalOperator transaction;

	CitizenChangeWriter(CitizenRepository citizens, CitizenHistoryRepository history, CitizenEvents events,
			TransactionalOperator transaction) {
		this.citizens = citizens;
		this.history = history;
		this.events = events;
		this.transaction = transaction;
	}

	Mono<Citizen> insert(Citizen citizen, String who) {
		String idNumber = citizen.details().idNumber().value();
		return write(citizen, HistoryAction.REGISTERED, CitizenChanges.registered(citizen), who,
				at -> requireFree(citizen).then(this.citizens.insert(citizen, who, at)))
			.doOnNext(stored -> log.info("Registered citizen {} with personal ID number {}", stored.id(),
					Masking.mask(idNumber)));
	}

	/** Stores {@code after} if the stored citizen is still {@code before}; 412 if someone changed it meanwhile. */
	Mono<Citizen> update(Citizen before, Citizen after, HistoryAction action, String who) {
		boolean idNumberChanged = !before.details().idNumber().equals(after.details().idNumber());
		return write(after, action, CitizenChanges.between(before, after), who,
				at -> (idNumberChanged ? requireFree(after) : Mono.<Void>empty())
					.then(this.citizens.update(after, before.version(), who, at))
					.flatMap(updated -> updated ? Mono.empty() : Mono.error(CitizenProblems.preconditionFailed())))
			.doOnNext(stored -> log.info("Citizen {} {} at version {}", stored.id(), action, stored.version()));
	}

	private Mono<Citizen> write(Citizen citizen, HistoryAction action, List<FieldChange> changes, String who,
			Function<Instant, Mono<Void>> store) {
		Instant at = RegisteringCitizen.now();
		String idNumber = citizen.details().idNumber().value();
		return RunToCompletion.of(this.transaction.transactional(Mono.defer(() -> store.apply(at))
				.then(this.history.append(citizen, action, changes, who, at))
				.then(this.events.publish(citizen, action, changes))))
			.thenReturn(citizen)
			.onErrorMap(DuplicateKeyException.class, ex -> CitizenProblems.duplicateIdNumber(idNumber));
	}

	private Mono<Void> requireFree(Citizen citizen) {
		String idNumber = citizen.details().idNumber().value();
		return this.citizens.idNumberTaken(idNumber, citizen.id()).flatMap(taken -> {
			if (!taken) {
				return Mono.empty();
			}
			log.info("Refused a second citizen with personal ID number {}", Masking.mask(idNumber));
			return Mono.error(CitizenProblems.duplicateIdNumber(idNumber));
		});
	}

}
