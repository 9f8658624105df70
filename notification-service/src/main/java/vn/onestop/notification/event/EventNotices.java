package vn.onestop.notification.event;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import vn.onestop.notification.citizen.CitizenChoice;
import vn.onestop.notification.delivery.QueueingMessage;
import vn.onestop.support.inbox.IncomingEvent;

/**
 * Who is told what about a dossier event: the submitter, where {@link NoticeRecipients} says (their own
 * record's choice, else the dossier's contact), with the values the templates ask for.
 * Events that concern no citizen (WardsMerged, CitizenChanged …) yield nothing.
 */
@Component
class EventNotices {

	static final Set<String> DOSSIER_EVENTS = Set.of("DossierReceived", "SupplementRequested", "Refused", "ResultReady",
			"Returned", "ApologyIssued");

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	/** Sender named in the messages while events carry no ward name. */
	static final String DEFAULT_WARD_NAME = "Trung tâm Phục vụ hành chính công";

	private static final Map<String, String> PROCEDURE_GROUPS = Map.of("HT-KHAI-SINH", "BIRTH", "HT-KHAI-SINH-LAI", "BIRTH",
			"HT-KET-HON", "MARRIAGE", "HT-KHAI-TU", "DEATH");

	List<QueueingMessage.Request> requestsFor(IncomingEvent event) {
		return requestsFor(event, null);
	}

	/** @param record what the submitter's own citizen record says, or null when it is not known here */
	List<QueueingMessage.Request> requestsFor(IncomingEvent event, CitizenChoice record) {
		if (!DOSSIER_EVENTS.contains(event.eventType())) {
			return List.of();
		}
		JsonNode payload = event.payload();
		JsonNode contact = payload.path("submitter");
		NoticeRecipients.Addressing addressing = NoticeRecipients.of(new NoticeRecipients.DossierContact(
				text(contact, "notificationPreference"), text(contact, "phone"), text(contact, "email")), record);
		Map<String, String> values = values(payload, contact);
		String group = procedureGroup(payload.path("procedure"));
		List<QueueingMessage.Request> requests = new ArrayList<>();
		for (NoticeRecipients.Recipient recipient : addressing.recipients()) {
			requests.add(request(event, recipient, group, values, addressing.courtesy()));
		}
		return requests;
	}

	/** The submitter's citizen id, when intake had linked the dossier to a citizen record by then. */
	static Optional<UUID> citizenIdOf(IncomingEvent event) {
		try {
			String id = text(event.payload().path("submitter"), "citizenId");
			return id.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private static QueueingMessage.Request request(IncomingEvent event, NoticeRecipients.Recipient recipient,
			String group, Map<String, String> values, boolean courtesy) {
		return new QueueingMessage.Request(event.id(), event.eventType(), recipient.channel(), group,
				text(event.payload(), "dossierCode"), text(event.payload(), "wardCode"), recipient.address(), values,
				event.occurredAt(), courtesy);
	}

	private static Map<String, String> values(JsonNode payload, JsonNode contact) {
		Map<String, String> values = new HashMap<>();
		values.put("dossierCode", text(payload, "dossierCode"));
		values.put("wardName", text(payload, "wardName").isEmpty() ? DEFAULT_WARD_NAME : text(payload, "wardName"));
		values.put("procedureName", text(payload.path("procedure"), "name"));
		values.put("citizenName", text(contact, "fullName"));
		values.put("appointment", when(text(payload, "appointmentAt")));
		values.put("newDate", when(text(payload, "newAppointmentAt")));
		values.put("apologyReason", text(payload, "reason"));
		List<String> missing = new ArrayList<>();
		payload.path("missingItems").forEach(item -> missing.add(item.asString()));
		values.put("missingItems", String.join("; ", missing));
		values.values().removeIf(String::isEmpty);
		return values;
	}

	private static String procedureGroup(JsonNode procedure) {
		String declared = text(procedure, "group");
		return declared.isEmpty() ? PROCEDURE_GROUPS.get(text(procedure, "code")) : declared;
	}

	/** An unreadable time counts as missing: the template then says what it lacks. */
	private static String when(String isoOffsetDateTime) {
		try {
			return isoOffsetDateTime.isEmpty() ? ""
					: OffsetDateTime.parse(isoOffsetDateTime).atZoneSameInstant(VIETNAM).format(APPOINTMENT);
		}
		catch (java.time.format.DateTimeParseException unreadable) {
			return "";
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString().trim() : "";
	}

}
