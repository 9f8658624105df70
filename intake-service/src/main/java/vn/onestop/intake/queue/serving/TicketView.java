package vn.onestop.intake.queue.serving;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.onestop.intake.dossier.DossierCode;
import vn.onestop.intake.queue.model.Outcome;
import vn.onestop.intake.queue.model.QueueField;
import vn.onestop.intake.queue.persistence.StoredSetup;
import vn.onestop.intake.queue.persistence.StoredTicket;

/**
 * A ticket as the counter console shows it (docs/queue.md, "API"): never its phone number or its citizen, only
 * whether an SMS was asked for ({@code viaSms}). {@code peopleAhead} is counted for a waiting ticket only.
 */
record TicketView(String number, String field, String fieldName, String priority, String status, Integer counter,
		int recalls, Instant takenAt, Instant calledAt, Instant startedAt, Instant finishedAt, Integer peopleAhead,
		OutcomeView outcome, List<String> allowedActions, boolean viaSms) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record OutcomeView(String kind, List<String> dossiers, String reason) {

		static OutcomeView of(Outcome outcome) {
			if (outcome instanceof Outcome.Filed filed) {
				return new OutcomeView("FILED", filed.dossiers().stream().map(DossierCode::value).toList(), null);
			}
			if (outcome instanceof Outcome.Refused refused) {
				return new OutcomeView("REFUSED", null, refused.reason());
			}
			return outcome == null ? null : new OutcomeView("GUIDANCE", null, null);
		}

	}

	static TicketView of(StoredSetup setup, StoredTicket stored, Integer peopleAhead) {
		var ticket = stored.ticket();
		return new TicketView(ticket.number().value(), ticket.field(),
				setup.setup().field(ticket.field()).map(QueueField::name).orElse(ticket.field()),
				ticket.priority() == null ? null : ticket.priority().name(), ticket.status().name(), ticket.counter(),
				ticket.recalls(), ticket.takenAt(), stored.calledAt(), stored.startedAt(), stored.finishedAt(),
				peopleAhead, OutcomeView.of(ticket.outcome()), ActionNames.allowed(ticket.status()), stored.smsConsent());
	}

}
