package vn.onestop.intake.queue.persistence;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Tells every replica that a ward's queue changed: {@code pg_notify('queue_changed', ward)} run inside the
 * transaction of the change, so PostgreSQL delivers it exactly when the change commits and never for a rolled-back
 * one. The payload is the 5-digit ward code only. The listener is in {@code queue.live}.
 */
@Component
public class QueueSignal {

	public static final String CHANNEL = "queue_changed";

	private final DatabaseClient db;

	public QueueSignal(DatabaseClient db) {
		this.db = db;
	}

	/** Within the caller's transaction (a {@code TransactionalOperator} around the change). */
	public Mono<Void> changed(String ward) {
		return changed(this.db, ward);
	}

	public static Mono<Void> changed(DatabaseClient db, String ward) {
		return db.sql("select pg_notify('" + CHANNEL + "', :ward)").bind("ward", ward).then();
	}

}
