package vn.onestop.intake.queue.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.onestop.intake.calendar.WorkingCalendar;

/**
 * What the closing ends: the tickets of a field still waiting or called when its last session is over, and those
 * of any earlier day the closing missed. A ticket being served is left to its officer; a no-show stays a no-show.
 */
public final class ClosingDay {

	private ClosingDay() {
	}

	/** When the field stops serving on that day: the end of its last session, in Vietnam. */
	public static Instant closesAt(QueueField field, LocalDate day) {
		return day.atTime(field.sessions().closing()).atZone(WorkingCalendar.ZONE).toInstant();
	}

	public static List<Ticket> leftOpen(QueueField field, List<Ticket> tickets, Instant now) {
		LocalDate today = QueueDay.of(now);
		boolean closedToday = !now.isBefore(closesAt(field, today));
		return tickets.stream()
			.filter(ticket -> ticket.field().equals(field.code()))
			.filter(ticket -> ticket.status() == TicketStatus.WAITING || ticket.status() == TicketStatus.CALLED)
			.filter(ticket -> ticket.day().isBefore(today) || (ticket.day().equals(today) && closedToday))
			.toList();
	}

}
