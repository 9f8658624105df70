package vn.onestop.support.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

/**
 * Gives each new outbox event a pending {@code outbox_delivery} row per consumer subscribed to its type, and marks
 * it routed. Events are written without knowing their consumers (the writer stays a plain insert, and rows written
 * by an older version or by hand are routed the same way); the relay routes before each round.
 * <p>
 * Several relays may route at once: {@code skip locked} gives each its own events, and a delivery row that exists
 * already is left as it is.
 */
final class RoutingEvents {

	private static final String ROUTE = """
			with fresh as (
			    select id, event_type, occurred_at from outbox_event where routed_at is null
			    order by occurred_at, id limit :batch
			    for update skip locked
			), deliveries as (
			    insert into outbox_delivery (event_id, consumer, occurred_at)
			    select f.id, s.consumer, f.occurred_at
			    from fresh f join unnest(cast(:consumers as text[]), cast(:types as text[])) s(consumer, event_type)
			      on s.event_type = f.event_type
			    on conflict do nothing
			)
			update outbox_event set routed_at = now() where id in (select id from fresh)""";

	private final DatabaseClient database;

	private final String[] consumers;

	private final String[] types;

	RoutingEvents(DatabaseClient database, Map<String, OutboxRelayProperties.Consumer> subscriptions) {
		this.database = database;
		List<String> consumers = new ArrayList<>();
		List<String> types = new ArrayList<>();
		subscriptions.forEach((name, consumer) -> consumer.eventTypes().forEach(type -> {
			consumers.add(name);
			types.add(type);
		}));
		this.consumers = consumers.toArray(String[]::new);
		this.types = types.toArray(String[]::new);
	}

	/** Routes up to {@code batch} events in one statement (its own transaction) and tells how many. */
	Mono<Long> route(int batch) {
		return this.database.sql(ROUTE)
			.bind("batch", batch)
			.bind("consumers", this.consumers)
			.bind("types", this.types)
			.fetch()
			.rowsUpdated();
	}

	/** Routes until nothing is left to route (a backlog written while no relay ran goes in batches). */
	Mono<Long> routeAll(int batch) {
		return route(batch).expand(routed -> routed >= batch ? route(batch) : Mono.empty()).reduce(0L, Long::sum);
	}

}
