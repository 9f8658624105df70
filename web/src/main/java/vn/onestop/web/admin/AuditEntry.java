package vn.onestop.web.admin;

import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** A service's audit log page ({@code GET /audit/{service}}): privileged actions, newest first. */
record AuditEntry(OffsetDateTime at, String actor, List<String> roles, String action, String target, String wardCode,
		String clientIp, String requestId, JsonNode details) {

	/** The details as "name: value" lines, text without its JSON quotes. */
	public List<String> detailLines() {
		if (this.details == null || !this.details.isObject()) {
			return this.details == null ? List.of() : List.of(this.details.toString());
		}
		return this.details.properties()
			.stream()
			.map(entry -> entry.getKey() + ": "
					+ (entry.getValue().isString() ? entry.getValue().asString() : entry.getValue().toString()))
			.toList();
	}

	record Page(List<AuditEntry> items, int page, int size, boolean hasNext) {
	}

}
