package vn.onestop.intake.queue.serving;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.onestop.intake.calendar.WorkingSession;
import vn.onestop.intake.calendar.WorkingSessions;
import vn.onestop.intake.queue.model.CenterSetup;
import vn.onestop.intake.queue.model.Counter;
import vn.onestop.intake.queue.model.HistoryEntry;
import vn.onestop.intake.queue.model.OrderingPolicy;
import vn.onestop.intake.queue.model.PriorityGroup;
import vn.onestop.intake.queue.model.QueueField;
import vn.onestop.intake.queue.model.Ticket;
import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketNumber;
import vn.onestop.intake.queue.model.TicketStatus;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TakenVia;
import vn.onestop.intake.queue.persistence.TicketRepository;

/**
 * The serving tests' center: civil status (prefix A, all day) and land (prefix B, mornings until 11:00), counters 1
 * and 2 for civil status, counter 3 for land and counter 4 for both; balanced ordering with a 30-minute head start,
 * two recalls, "almost your turn" at 2 places. Tickets are stored as taking stores them (taking is another feature's).
 */
public final class ServingFixtures {

	public static final QueueField CIVIL_STATUS = new QueueField("HO_TICH", "Hộ tịch", "A", 500,
			WorkingSessions.STANDARD, Duration.ofMinutes(10));

	public static final QueueField LAND = new QueueField("DAT_DAI", "Đất đai", "B", 200,
			new WorkingSessions(List.of(WorkingSession.of("07:30", "11:00"))), Duration.ofMinutes(20));

	private ServingFixtures() {
	}

	public static CenterSetup center(List<Counter> counters) {
		return new CenterSetup(List.of(CIVIL_STATUS, LAND), counters, Set.of(PriorityGroup.values()),
				OrderingPolicy.DEFAULT, 2, 2);
	}

	public static CenterSetup center() {
		return center(List.of(new Counter(1, Set.of("HO_TICH")), new Counter(2, Set.of("HO_TICH")),
				new Counter(3, Set.of("DAT_DAI")), new Counter(4, Set.of("HO_TICH", "DAT_DAI"))));
	}

	/** A ticket as taking stores it, with its first history line; {@code citizenPid} for one taken online. */
	public static StoredTicket take(TicketRepository tickets, String ward, String number, String field,
			PriorityGroup priority, Instant takenAt, String phone, int aheadWhenTaken, String citizenPid) {
		Ticket ticket = Ticket.taken(TicketNumber.parse(number).orElseThrow(), field, priority, takenAt);
		StoredTicket stored = StoredTicket.taken(ward, ticket, citizenPid == null ? TakenVia.KIOSK : TakenVia.CITIZEN,
				citizenPid == null ? "kiosk" : "citizen", citizenPid, phone, aheadWhenTaken, null, null);
		return tickets
			.insert(stored, new HistoryEntry(null, TicketStatus.WAITING, TicketAction.TAKE, takenAt, null, field, null),
					"kiosk")
			.block();
	}

}
