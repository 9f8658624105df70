package vn.onestop.notification.event;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.delivery.QueueingMessage;
import vn.onestop.support.inbox.IncomingEvent;

/**
 * Who is told what about a dossier event: the submitter, on the channels their preference allows
 * and their contact details make possible, with the values the templates ask for.
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
		if (!DOSSIER_EVENTS.contains(event.eventType())) {
			return List.of();
		}
		JsonNode payload = event.payload();
		JsonNode contact = payload.path("submitter");
		String preference = text(contact, "notificationPreference").toUpperCase(java.util.Locale.ROOT);
		List<QueueingMessage.Request> requests = new ArrayList<>();
		if ("NONE".equals(preference)) {
			return requests;
		}
		Map<String, String> values = values(payload, contact);
		String group = procedureGroup(payload.path("procedure"));
		String phone = text(contact, "phone");
		String email = text(contact, "email");
		if (!phone.isEmpty() && !"EMAIL".equals(preference)) {
			requests.add(request(event, Channel.SMS, group, phone, values));
		}
		if (!email.isEmpty() && !"SMS".equals(preference)) {
			requests.add(request(event, Channel.EMAIL, group, email, values));
		}
		return requests;
	}

	private static QueueingMessage.Request request(IncomingEvent event, Channel channel, String group, String recipient,
			Map<String, String> values) {
		return new QueueingMessage.Request(event.id(), event.eventType(), channel, group, text(event.payload(), "dossierCode"),
				text(event.payload(), "wardCode"), recipient, values, event.occurredAt());
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
