package vn.onestop.intake.queue.reading;

import java.time.LocalDate;
import java.util.List;

/** A day's tickets of a ward: the waiting ones first in the order they will be called, then the others by number. */
record TicketList(LocalDate day, List<TicketView> tickets) {
}
