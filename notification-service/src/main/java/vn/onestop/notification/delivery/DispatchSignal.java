package vn.onestop.notification.delivery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Wakes the dispatcher when messages were queued, so that they go at once rather than at its next
 * poll. Inside a transaction the signal waits for the commit: woken earlier, the dispatcher would not
 * see the messages yet.
 */
@Component
class DispatchSignal {

	private final Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();

	Flux<Boolean> wakeUps() {
		return this.wakeUps.asFlux();
	}

	void wake() {
		// without a subscriber (dispatcher off) the signal is dropped; concurrent emitters retry
		this.wakeUps.emitNext(true, (signal, result) -> result == Sinks.EmitResult.FAIL_NON_SERIALIZED);
	}

	/** Wakes the dispatcher after the current transaction commits, or at once outside a transaction. */
	Mono<Void> afterCommit() {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.flatMap(synchronization -> {
				if (!synchronization.isSynchronizationActive()) {
					return Mono.<Void>fromRunnable(this::wake);
				}
				synchronization.registerSynchronization(new TransactionSynchronization() {
					@Override
					public Mono<Void> afterCommit() {
						return Mono.fromRunnable(DispatchSignal.this::wake);
					}
				});
				return Mono.<Void>empty();
			})
			.onErrorResume(NoTransactionException.class, none -> Mono.fromRunnable(this::wake));
	}

}
