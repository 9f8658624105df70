package vn.onestop.intake.queue.reading;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.onestop.intake.dossier.DossierCode;
import vn.onestop.intake.queue.model.CenterSetup;
import vn.onestop.intake.queue.model.Outcome;
import vn.onestop.intake.queue.model.QueueField;
import vn.onestop.intake.queue.model.Ticket;
import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketLifecycle;
import vn.onestop.intake.queue.persistence.HistoryLine;
import vn.onestop.intake.queue.persistence.StoredTicket;

/**
 * A ticket as officers and its citizen see it: never the phone number or the citizen's ID, only whether an SMS is
 * due ({@code viaSms}). {@code allowedActions} are the actions of {@code POST …/actions/{action}} its status allows
 * (TicketLifecycle); {@code peopleAhead} is set for a waiting ticket; {@code history} only for one ticket read alone.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TicketView(String number, String field, String fieldName, String priority, String status,
		Integer counter, int recalls, Instant takenAt, Instant calledAt, Instant startedAt, Instant finishedAt,
		Integer peopleAhead, OutcomeView outcome, List<String> allowedActions, boolean viaSms,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryView> history) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record OutcomeView(String kind, List<String> dossiers, String reason) {

		static OutcomeView of(Outcome outcome) {
			if (outcome == null) {
				return null;
			}
			if (outcome instanceof Outcome.Filed filed) {
				return new OutcomeView("FILED", filed.dossiers().stream().map(DossierCode::value).toList(), null);
			}
			if (outcome instanceof Outcome.Refused refused) {
				return new OutcomeView("REFUSED", null, refused.reason());
			}
			return new OutcomeView("GUIDANCE", null, null);
		}

	}

	public record HistoryView(String from, String to, String action, Instant at, Integer counter, String field,
			String detail, String by) {

		static HistoryView of(HistoryLine line) {
			return new HistoryView(line.entry().from() == null ? null : line.entry().from().name(),
					line.entry().to().name(), line.entry().action().name(), line.entry().at(), line.entry().counter(),
					line.entry().field(), line.entry().detail(), line.actor());
		}

	}

	public static TicketView of(StoredTicket stored, CenterSetup setup, Integer peopleAhead) {
		Ticket ticket = stored.ticket();
		return new TicketView(ticket.number().value(), ticket.field(),
				setup == null ? ticket.field() : setup.field(ticket.field()).map(QueueField::name).orElse(ticket.field()),
				ticket.priority() == null ? null : ticket.priority().name(), ticket.status().name(), ticket.counter(),
				ticket.recalls(), ticket.takenAt(), stored.calledAt(), stored.startedAt(), stored.finishedAt(),
				peopleAhead, OutcomeView.of(ticket.outcome()), actions(ticket), stored.wantsSms(), null);
	}

	public TicketView withHistory(List<HistoryLine> lines) {
		return new TicketView(this.number, this.field, this.fieldName, this.priority, this.status, this.counter,
				this.recalls, this.takenAt, this.calledAt, this.startedAt, this.finishedAt, this.peopleAhead,
				this.outcome, this.allowedActions, this.viaSms, lines.stream().map(HistoryView::of).toList());
	}

	/** The API's names of the actions the status allows; calling and closing have their own ways. */
	static List<String> actions(Ticket ticket) {
		return TicketLifecycle.allowedFrom(ticket.status())
			.stream()
			.filter(action -> action != TicketAction.CALL && action != TicketAction.CLOSE && action != TicketAction.TAKE)
			.sorted()
			.map(action -> action.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.toList();
	}

}
