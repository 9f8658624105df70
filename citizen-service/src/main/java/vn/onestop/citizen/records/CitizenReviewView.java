package vn.onestop.citizen.records;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * A review as an officer sees it; {@code details} depends on the kind, the personal ID number is never shown.
 * {@code resolvedAt} and {@code resolvedBy} are null while it is open.
 */
record CitizenReviewView(UUID id, ReviewKind kind, CitizenReviewQuery.Status status, UUID citizenId, String fullName,
		String wardCode, String reason, JsonNode details, Instant createdAt, String createdBy, Instant resolvedAt,
		String resolvedBy) {
}
