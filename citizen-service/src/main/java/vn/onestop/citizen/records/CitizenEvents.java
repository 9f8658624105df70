package vn.onestop.citizen.records;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.onestop.support.outbox.Outbox;
import vn.onestop.support.outbox.OutboxEvent;

/**
 * Announces each change through the outbox, inside the change's transaction. The payload names the fields
 * that changed and carries, besides the version that orders a citizen's events, only what
 * notification-service needs to honour the citizen's own choice: the contact (phone, e-mail) and the
 * preferences. Other personal data (name, ID number, birth date, address line) stays here: a consumer that
 * needs it asks the citizen service.
 */
@Component
class CitizenEvents {

	static final String AGGREGATE_TYPE = "Citizen";

	private final Outbox outbox;

	private final JsonMapper json;

	CitizenEvents(Outbox outbox, JsonMapper json) {
		this.outbox = outbox;
		this.json = json;
	}

	Mono<Void> publish(Citizen citizen, HistoryAction action, List<FieldChange> changes) {
		return Mono.fromCallable(() -> payloadJson(CitizenChanged.of(citizen, changes)))
			.flatMap(payload -> this.outbox
				.append(OutboxEvent.of(AGGREGATE_TYPE, citizen.id().toString(), action.eventType(), payload)))
			.then();
	}

	String payloadJson(CitizenChanged payload) {
		return this.json.writeValueAsString(payload);
	}

	record CitizenChanged(UUID citizenId, long version, List<String> changedFields, String wardCode, boolean active,
			Contact contact, Preferences preferences) {

		static CitizenChanged of(Citizen citizen, List<FieldChange> changes) {
			CitizenDetails details = citizen.details();
			return new CitizenChanged(citizen.id(), citizen.version(), changes.stream().map(FieldChange::field).toList(),
					details.address().wardCode(), citizen.active(), new Contact(details.phone(), details.email()),
					new Preferences(details.preferences().channel(), details.preferences().consent()));
		}

	}

	record Contact(String phone, String email) {
	}

	record Preferences(NotificationChannel channel, boolean consent) {
	}

}
