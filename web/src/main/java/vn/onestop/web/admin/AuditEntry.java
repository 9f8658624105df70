package vn.onestop.web.admin;

import java.time.OffsetDateTime;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** A service's audit log page ({@code GET /audit/{service}}): privileged actions, newest first. */
record AuditEntry(OffsetDateTime at, String actor, List<String> roles, String action, String target, String wardCode,
		String clientIp, String requestId, JsonNode details) {

	record Page(List<AuditEntry> items, int page, int size, boolean hasNext) {
	}

}
