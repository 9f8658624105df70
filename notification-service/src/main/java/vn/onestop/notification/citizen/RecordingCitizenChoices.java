package vn.onestop.notification.citizen;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import vn.onestop.support.inbox.EventHandler;
import vn.onestop.support.inbox.IncomingEvent;

/**
 * Keeps {@link CitizenChoices} from citizen-service's citizen events, inside the inbox's transaction, so
 * each event counts once. An event without a readable citizen id or version is logged and skipped:
 * holding it back would hold back every later event of that citizen, and it cannot be mended by retrying.
 */
@Component
class RecordingCitizenChoices implements EventHandler {

	static final Set<String> CITIZEN_EVENTS = Set.of("CitizenRegistered", "CitizenUpdated", "CitizenDeactivated");

	private static final Logger log = LoggerFactory.getLogger(RecordingCitizenChoices.class);

	private final CitizenChoices choices;

	private final Clock clock;

	RecordingCitizenChoices(CitizenChoices choices, ObjectProvider<Clock> clock) {
		this.choices = choices;
		this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
	}

	@Override
	public boolean handles(String eventType) {
		return CITIZEN_EVENTS.contains(eventType);
	}

	@Override
	public Mono<Void> handle(IncomingEvent event) {
		JsonNode payload = event.payload();
		UUID citizenId = uuid(payload.path("citizenId"));
		JsonNode version = payload.path("version");
		if (citizenId == null || !version.canConvertToLong()) {
			log.error("Event {} ({}) names no citizen id or version: skipped", event.id(), event.eventType());
			return Mono.empty();
		}
		JsonNode contact = payload.path("contact");
		JsonNode preferences = payload.path("preferences");
		CitizenChoice choice = new CitizenChoice(citizenId, version.asLong(), payload.path("active").asBoolean(true),
				text(contact, "phone"), text(contact, "email"), CitizenChoice.Preference.parse(text(preferences, "channel")),
				preferences.path("consent").asBoolean(false));
		return this.choices.record(choice, contact.isObject(), preferences.isObject(), this.clock.instant())
			.doOnNext(changed -> log.debug("Event {} ({}): citizen {} v{} {}", event.id(), event.eventType(), citizenId,
					choice.version(), changed ? "recorded" : "older than the one held, ignored"))
			.then();
	}

	private static UUID uuid(JsonNode node) {
		try {
			return node.isString() ? UUID.fromString(node.asString()) : null;
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() && !value.asString().isBlank() ? value.asString().strip() : null;
	}

}
