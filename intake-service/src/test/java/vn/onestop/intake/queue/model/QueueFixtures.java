package vn.onestop.intake.queue.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.calendar.WorkingSessions;

/** A center with three fields and three counters on 1 July 2026, and tickets at given local times. */
final class QueueFixtures {

	static final LocalDate DAY = LocalDate.of(2026, 7, 1);

	static final QueueField CIVIL_STATUS = new QueueField("HO_TICH", "Hộ tịch", "A", 200, WorkingSessions.STANDARD,
			Duration.ofMinutes(10));

	static final QueueField LAND = new QueueField("DAT_DAI", "Đất đai", "B", 100, WorkingSessions.STANDARD,
			Duration.ofMinutes(20));

	static final QueueField CERTIFICATION = new QueueField("CHUNG_THUC", "Chứng thực", "C", 300,
			WorkingSessions.STANDARD, Duration.ofMinutes(5));

	/** Counter 1 serves civil status and land, 2 land, 3 certification. */
	static final CenterSetup SETUP = setup(OrderingPolicy.DEFAULT);

	private QueueFixtures() {
	}

	static CenterSetup setup(OrderingPolicy ordering) {
		return new CenterSetup(List.of(CIVIL_STATUS, LAND, CERTIFICATION),
				List.of(new Counter(1, Set.of("HO_TICH", "DAT_DAI")), new Counter(2, Set.of("DAT_DAI")),
						new Counter(3, Set.of("CHUNG_THUC"))),
				EnumSet.allOf(PriorityGroup.class), ordering, CenterSetup.DEFAULT_RECALL_LIMIT,
				CenterSetup.DEFAULT_NOTIFY_AHEAD);
	}

	/** The instant of a local time on {@link #DAY}, such as "08:15" or "08:15:30". */
	static Instant at(String localTime) {
		return DAY.atTime(LocalTime.parse(localTime)).atZone(WorkingCalendar.ZONE).toInstant();
	}

	static Ticket waiting(String number, String field, String takenAt) {
		return waiting(number, field, null, takenAt);
	}

	static Ticket waiting(String number, String field, PriorityGroup priority, String takenAt) {
		return Ticket.taken(TicketNumber.parse(number).orElseThrow(), field, priority, at(takenAt));
	}

	static Ticket in(TicketStatus status, Integer counter, Ticket ticket) {
		return new Ticket(ticket.day(), ticket.number(), ticket.field(), ticket.priority(), ticket.takenAt(), status,
				counter, 0, null);
	}

}
