package vn.onestop.support.audit;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Callers;
import vn.onestop.support.security.Role;

/** The audit log of this service, for platform admins only. */
@RestController
@Tag(name = "Audit")
class AuditResource {

	private final DatabaseClient db;

	private final JsonMapper json;

	AuditResource(DatabaseClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	@GetMapping(path = "/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Privileged actions, newest first (platform admins only)")
	Mono<Page> audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String ward, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return Callers.requireAny(Role.PLATFORM_ADMIN)
			.map(caller -> AuditQuery.parse(actor, action, ward, from, to, page, size))
			.flatMap(this::page);
	}

	private Mono<Page> page(AuditQuery query) {
		var spec = this.db.sql("select at, actor, roles, action, target, ward_code, client_ip, request_id, details::text "
				+ "as details from audit_event where (cast(:actor as text) is null or actor = :actor) "
				+ "and (cast(:action as text) is null or action = :action) and (cast(:ward as text) is null or ward_code = :ward) "
				+ "and (cast(:from as timestamptz) is null or at >= :from) and (cast(:to as timestamptz) is null or at < :to) "
				+ "order by at desc, id desc limit :limit offset :offset")
			.bind("limit", query.size() + 1)
			.bind("offset", (long) query.page() * query.size());
		spec = bind(spec, "actor", query.actor());
		spec = bind(spec, "action", query.action());
		spec = bind(spec, "ward", query.ward());
		spec = query.from() == null ? spec.bindNull("from", OffsetDateTime.class)
				: spec.bind("from", query.from().atOffset(java.time.ZoneOffset.UTC));
		spec = query.to() == null ? spec.bindNull("to", OffsetDateTime.class)
				: spec.bind("to", query.to().atOffset(java.time.ZoneOffset.UTC));
		return spec.map(row -> new Entry(row.get("at", OffsetDateTime.class).atZoneSameInstant(AuditQuery.VIETNAM)
				.toOffsetDateTime(), row.get("actor", String.class), List.of(row.get("roles", String.class).split(" ")),
				row.get("action", String.class), row.get("target", String.class), row.get("ward_code", String.class),
				row.get("client_ip", String.class), row.get("request_id", String.class),
				this.json.readTree(row.get("details", String.class))))
			.all()
			.collectList()
			.map(entries -> new Page(entries.size() > query.size() ? entries.subList(0, query.size()) : entries,
					query.page(), query.size(), entries.size() > query.size()));
	}

	private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, String name, String value) {
		return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
	}

	/** One privileged action. */
	record Entry(OffsetDateTime at, String actor, List<String> roles, String action, String target, String wardCode,
			String clientIp, String requestId, JsonNode details) {
	}

	/** A page of the audit log. */
	record Page(List<Entry> items, int page, int size, boolean hasNext) {
	}

}
