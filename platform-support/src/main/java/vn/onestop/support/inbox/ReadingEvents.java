package vn.onestop.support.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.server.ServerWebInputException;

import vn.onestop.support.web.ProblemException;

/**
 * Turns a request body into events: one object, refused as a whole when invalid (400, as a {@code @Valid} body
 * would be), or an array, where an invalid element is only left out, together with the later elements of its
 * aggregate so that none of them overtakes it.
 */
final class ReadingEvents {

	private final JsonMapper json;

	private final Validator validator;

	ReadingEvents(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	IncomingEvent one(JsonNode body) {
		if (!body.isObject()) {
			throw new ServerWebInputException("The request body must be an event or an array of events");
		}
		IncomingEvent event;
		try {
			event = this.json.treeToValue(body, IncomingEvent.class);
		}
		catch (DatabindException wrong) {
			throw new ServerWebInputException("Invalid event", null, wrong);
		}
		Set<ConstraintViolation<IncomingEvent>> violations = this.validator.validate(event);
		if (!violations.isEmpty()) {
			throw ProblemException.validation(violations.stream()
				.map(violation -> new ProblemException.FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
				.toList());
		}
		return event;
	}

	Batch all(JsonNode array) {
		List<IncomingEvent> valid = new ArrayList<>();
		List<UUID> invalid = new ArrayList<>();
		Set<String> held = new HashSet<>();
		for (JsonNode element : array) {
			String aggregate = element.path("aggregateType").asString("") + '/' + element.path("aggregateId").asString("");
			IncomingEvent event = held.contains(aggregate) ? null : valid(element);
			if (event == null) {
				held.add(aggregate);
				invalid.add(idOf(element));
			}
			else {
				valid.add(event);
			}
		}
		invalid.removeIf(java.util.Objects::isNull);
		return new Batch(valid, invalid);
	}

	private IncomingEvent valid(JsonNode element) {
		try {
			IncomingEvent event = this.json.treeToValue(element, IncomingEvent.class);
			return this.validator.validate(event).isEmpty() ? event : null;
		}
		catch (JacksonException | IllegalArgumentException wrong) {
			return null;
		}
	}

	private static UUID idOf(JsonNode element) {
		try {
			return UUID.fromString(element.path("id").asString(""));
		}
		catch (IllegalArgumentException noId) {
			return null;
		}
	}

	/** @param refused the ids (where readable) of the invalid elements and of those held back behind them */
	record Batch(List<IncomingEvent> events, List<UUID> refused) {
	}

}
