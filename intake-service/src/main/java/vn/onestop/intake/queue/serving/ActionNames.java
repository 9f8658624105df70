package vn.onestop.intake.queue.serving;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketLifecycle;
import vn.onestop.intake.queue.model.TicketStatus;

/**
 * The names the API gives the lifecycle's actions ({@code no-show} for NO_SHOW). Calling, taking and closing are
 * not actions of {@code POST /queue/{ward}/tickets/{number}/actions/{action}}: a counter calls, a kiosk takes, the
 * closing closes, so they are neither accepted there nor listed among a ticket's allowed actions.
 */
public final class ActionNames {

	static final Set<TicketAction> ON_A_TICKET = EnumSet.of(TicketAction.RECALL, TicketAction.NO_SHOW,
			TicketAction.REACTIVATE, TicketAction.TRANSFER, TicketAction.START, TicketAction.FINISH, TicketAction.CANCEL);

	private ActionNames() {
	}

	public static String of(TicketAction action) {
		return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static Optional<TicketAction> parse(String name) {
		return ON_A_TICKET.stream().filter(action -> of(action).equals(name)).findFirst();
	}

	/** What may be done to a ticket in this status through the action endpoint, in the lifecycle's order. */
	public static List<String> allowed(TicketStatus status) {
		return TicketLifecycle.allowedFrom(status).stream()
			.filter(ON_A_TICKET::contains)
			.sorted()
			.map(ActionNames::of)
			.toList();
	}

	static List<String> all() {
		return ON_A_TICKET.stream().sorted().map(ActionNames::of).toList();
	}

}
