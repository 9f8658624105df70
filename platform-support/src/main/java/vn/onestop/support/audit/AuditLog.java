package vn.onestop.support.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Callers;
import vn.onestop.support.security.Role;

/**
 * Records a privileged action in {@code audit_event}. Call it inside the transaction of the change it records, so
 * an action is audited exactly when it happened. Targets name records by their platform id (a dossier code, a
 * citizen's UUID, a calendar year), never by personal data; details hold no personal data either.
 */
public final class AuditLog {

	private final DatabaseClient db;

	private final JsonMapper json;

	private final Clock clock;

	public AuditLog(DatabaseClient db, JsonMapper json, Clock clock) {
		this.db = db;
		this.json = json;
		this.clock = clock;
	}

	/** Records that the current caller did {@code action} (e.g. "calendar.replace") to {@code target}. */
	public Mono<Void> record(String action, String target, String wardCode, Map<String, ?> details) {
		return Callers.current()
			.zipWith(Mono.deferContextual(context -> Mono.just(context.getOrDefault(AuditOrigin.class, AuditOrigin.UNKNOWN))))
			.flatMap(both -> insert(both.getT1(), both.getT2(), action, target, wardCode, details));
	}

	private Mono<Void> insert(Caller caller, AuditOrigin origin, String action, String target, String wardCode,
			Map<String, ?> details) {
		var spec = this.db.sql("insert into audit_event (at, actor, roles, action, target, ward_code, client_ip, "
				+ "request_id, details) values (:at, :actor, :roles, :action, :target, :ward, :ip, :requestId, "
				+ "cast(:details as jsonb))")
			.bind("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.bind("actor", caller.name())
			.bind("roles", caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(" ")))
			.bind("action", action)
			.bind("target", target)
			.bind("details", this.json.writeValueAsString(details == null ? Map.of() : details));
		spec = wardCode == null ? spec.bindNull("ward", String.class) : spec.bind("ward", wardCode);
		spec = origin.clientIp() == null ? spec.bindNull("ip", String.class) : spec.bind("ip", origin.clientIp());
		spec = origin.requestId() == null ? spec.bindNull("requestId", String.class)
				: spec.bind("requestId", origin.requestId());
		return spec.then();
	}

}
