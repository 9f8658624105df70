package vn.onestop.intake.rehoming;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.onestop.support.inbox.EventHandler;
import vn.onestop.support.inbox.IncomingEvent;

/**
 * On WardsMerged, moves the open dossiers of the wards merged whole to the successor ward in one
 * statement, keeping their codes and due times and recording each move in the dossier's history.
 */
@Component
class RehomingDossiers implements EventHandler {

	static final String ACTOR = "system:ward-merger";

	private static final Logger log = LoggerFactory.getLogger(RehomingDossiers.class);

	/** Refused (3), withdrawn (7), stopped (8) and returned (10) dossiers are closed and stay where they were filed. */
	private static final String MOVE = """
			with moving as (
			    select id, ward_code as from_ward, status from dossier
			    where ward_code = any(:wards) and status not in (3, 7, 8, 10)
			    for update
			), moved as (
			    update dossier d set ward_code = :successor from moving where d.id = moving.id
			    returning d.id, moving.from_ward, moving.status
			)
			insert into dossier_status_history (dossier_id, from_status, to_status, at, actor, reason)
			select id, status, status, now(), :actor,
			       'Chuyển từ phường/xã ' || from_ward || ' sang ' || :successor || ' do sáp nhập, hiệu lực ' || :on
			from moved""";

	private final DatabaseClient database;

	RehomingDossiers(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public boolean handles(String eventType) {
		return "WardsMerged".equals(eventType);
	}

	@Override
	public Mono<Void> handle(IncomingEvent event) {
		return WardMerger.from(event.payload()).map(this::rehome).orElseGet(() -> {
			log.error("WardsMerged event {} names no successor, date or predecessors this service can read; ignored",
					event.id());
			return Mono.empty();
		});
	}

	private Mono<Void> rehome(WardMerger merger) {
		if (!merger.mergedInPart().isEmpty()) {
			log.warn("Wards {} were merged into {} only in part: their open dossiers stay where they are",
					merger.mergedInPart(), merger.successor());
		}
		if (merger.mergedWhole().isEmpty()) {
			return Mono.empty();
		}
		return this.database.sql(MOVE)
			.bind("wards", merger.mergedWhole().toArray(String[]::new))
			.bind("successor", merger.successor())
			.bind("actor", ACTOR)
			.bind("on", merger.effectiveOn().toString())
			.fetch()
			.rowsUpdated()
			.doOnNext(moved -> log.info("Moved {} open dossier(s) of wards {} to {}", moved, merger.mergedWhole(),
					merger.successor()))
			.then();
	}

}
