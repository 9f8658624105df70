package vn.onestop.intake.queue.reading;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the waiting-room display shows; public, so nothing in it says who holds a ticket. */
record BoardView(String ward, String centerName, LocalDate day, Instant updatedAt, List<Call> lastCalls,
		List<Waiting> waiting) {

	record Call(String number, Integer counter, Instant at) {
	}

	record Waiting(String field, String fieldName, String prefix, long waiting) {
	}

}
