package vn.onestop.web.admin;

import java.time.OffsetDateTime;
import java.util.List;

/** notification-service's template at its current version. */
record MessageTemplate(String id, String eventType, String channel, String procedureGroup, String kind,
		String description, int version, OffsetDateTime createdAt, String subject, String body, Integer maxSegments,
		Integer worstCaseSegments, List<String> placeholders) {

	public boolean sms() {
		return "SMS".equals(this.channel);
	}

}
