package vn.onestop.citizen.records;

import java.time.LocalDate;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/** Asks the ward registry, in this service's own database, whether a code names a unit in force on a day. */
@Component
class WardsInForce {

	private final DatabaseClient db;

	WardsInForce(DatabaseClient db) {
		this.db = db;
	}

	/** Completes when the code names a unit in force on the day; a 422 problem naming the field otherwise. */
	Mono<Void> require(String code, LocalDate on) {
		return contains(code, on).flatMap(inForce -> inForce ? Mono.<Void>empty()
				: Mono.error(CitizenProblems.wardNotInForce(code)));
	}

	Mono<Boolean> contains(String code, LocalDate on) {
		return this.db.sql("select exists (select 1 from admin_unit where code = :code and effective_from <= :on "
				+ "and (effective_to is null or effective_to >= :on)) as in_force")
			.bind("code", code)
			.bind("on", on)
			.map(row -> Boolean.TRUE.equals(row.get("in_force", Boolean.class)))
			.one();
	}

}
