package vn.onestop.intake.queue.serving;

import java.util.ArrayList;
import java.util.List;

import vn.onestop.intake.queue.model.OutcomeRules;
import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketCommand;
import vn.onestop.intake.queue.model.Violation;

/**
 * Turns an action's name and body into the model's {@link TicketCommand}, or into the faults of the body addressed
 * by the API's names ({@code dossiers}, not the model's {@code dossierCodes}). A finish as FILED naming no dossier
 * takes those filed from the ticket ({@code POST /dossiers} with its {@code queueTicket}); with none it is refused.
 */
final class TicketCommands {

	sealed interface Read permits Command, Invalid {
	}

	record Command(TicketCommand command) implements Read {
	}

	record Invalid(List<Violation> violations) implements Read {
	}

	private TicketCommands() {
	}

	/**
	 * @param byCitizen a citizen cancelling their own ticket: no counter acts
	 * @param filedFromTicket the dossiers filed from the ticket, used for a FILED finish naming none
	 */
	static Read read(TicketAction action, ActionRequest request, boolean byCitizen, List<String> filedFromTicket) {
		Integer counter = byCitizen ? null : request.counter();
		List<Violation> violations = new ArrayList<>();
		boolean atACounter = action == TicketAction.RECALL || action == TicketAction.NO_SHOW
				|| action == TicketAction.START || action == TicketAction.FINISH;
		if (atACounter && counter == null) {
			violations.add(new Violation("counter", "must name the counter acting on the ticket"));
		}
		if (action == TicketAction.TRANSFER && (request.field() == null || request.field().isBlank())) {
			violations.add(new Violation("field", "must name the field to transfer the ticket to"));
		}
		TicketCommand command = switch (action) {
			case RECALL -> new TicketCommand.Recall(counter);
			case NO_SHOW -> new TicketCommand.MarkNoShow(counter);
			case START -> new TicketCommand.Start(counter);
			case TRANSFER -> new TicketCommand.Transfer(counter, request.field());
			case CANCEL -> new TicketCommand.Cancel(counter);
			case REACTIVATE -> new TicketCommand.Reactivate(counter);
			case FINISH -> finish(counter, request, filedFromTicket, violations);
			case TAKE, CALL, CLOSE -> throw new IllegalArgumentException(action + " is not an action on a ticket");
		};
		return violations.isEmpty() ? new Command(command) : new Invalid(List.copyOf(violations));
	}

	/** Whether a finish as FILED names no dossier, so the dossiers filed from the ticket are needed. */
	static boolean needsFiledDossiers(TicketAction action, ActionRequest request) {
		return action == TicketAction.FINISH && "FILED".equals(request.outcome())
				&& (request.dossiers() == null || request.dossiers().isEmpty());
	}

	private static TicketCommand finish(Integer counter, ActionRequest request, List<String> filedFromTicket,
			List<Violation> violations) {
		boolean fromTicket = needsFiledDossiers(TicketAction.FINISH, request);
		if (fromTicket && filedFromTicket.isEmpty()) {
			violations.add(new Violation("dossiers",
					"no dossier was filed from this ticket: file one with its queueTicket, or name the dossiers"));
			return null;
		}
		OutcomeRules.Checked checked = OutcomeRules.check(request.outcome(),
				fromTicket ? filedFromTicket : request.dossiers(), request.reason());
		checked.violations()
			.forEach(violation -> violations.add(new Violation(violation.field().replace("dossierCodes", "dossiers"),
					violation.message())));
		return checked.valid() ? new TicketCommand.Finish(counter, checked.outcome()) : null;
	}

}
