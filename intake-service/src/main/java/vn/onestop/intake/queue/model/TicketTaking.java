package vn.onestop.intake.queue.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import vn.onestop.intake.calendar.WorkingCalendar;

/**
 * Whether a ticket can be taken for a field now and which number it gets. Tickets are given on working days, from an
 * hour before the field's first session (people queue before the doors open) until its last session ends, lunch
 * break included, and until the field's daily cap is reached.
 */
public final class TicketTaking {

	public static final Duration BEFORE_OPENING = Duration.ofHours(1);

	public enum Why {

		UNKNOWN_FIELD, PRIORITY_GROUP_NOT_SERVED, NOT_A_WORKING_DAY, FIELD_CLOSED, CAP_REACHED

	}

	public sealed interface Decision permits Taken, Refused {
	}

	public record Taken(Ticket ticket, HistoryEntry entry) implements Decision {
	}

	/** {@code reason} is written for the person at the kiosk or the officer. */
	public record Refused(Why why, String reason) implements Decision {
	}

	private TicketTaking() {
	}

	/**
	 * @param lastGivenToday the field's last sequence today, 0 before its first ticket
	 * @param workingDay whether today is a working day of the ward's calendar
	 */
	public static Decision take(CenterSetup setup, String fieldCode, PriorityGroup priority, int lastGivenToday,
			boolean workingDay, Instant now) {
		Optional<QueueField> found = setup.field(fieldCode);
		if (found.isEmpty()) {
			return new Refused(Why.UNKNOWN_FIELD, "This center has no field " + fieldCode + ".");
		}
		QueueField field = found.get();
		if (priority != null && !setup.priorityGroups().contains(priority)) {
			return new Refused(Why.PRIORITY_GROUP_NOT_SERVED, "This center does not serve " + priority + " first.");
		}
		if (!workingDay) {
			return new Refused(Why.NOT_A_WORKING_DAY, "The center is closed today.");
		}
		LocalTime time = LocalTime.ofInstant(now, WorkingCalendar.ZONE);
		LocalTime opening = field.sessions().opening();
		LocalTime firstTicket = opening.isBefore(LocalTime.MIDNIGHT.plus(BEFORE_OPENING)) ? LocalTime.MIDNIGHT
				: opening.minus(BEFORE_OPENING);
		if (time.isBefore(firstTicket) || !time.isBefore(field.sessions().closing())) {
			return new Refused(Why.FIELD_CLOSED, field.name() + " gives tickets from " + firstTicket + " to "
					+ field.sessions().closing() + ".");
		}
		Optional<TicketNumber> number = TicketNumbering.next(field, lastGivenToday);
		if (number.isEmpty()) {
			return new Refused(Why.CAP_REACHED, field.name() + " has given all " + field.dailyCap()
					+ " tickets of today; please come back on the next working day.");
		}
		Ticket ticket = Ticket.taken(number.get(), fieldCode, priority, now);
		return new Taken(ticket, new HistoryEntry(null, TicketStatus.WAITING, TicketAction.TAKE, now, null, fieldCode,
				priority == null ? null : "priority " + priority));
	}

}
