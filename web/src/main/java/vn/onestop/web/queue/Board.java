package vn.onestop.web.queue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** intake's public {@code GET /queue/{ward}/board}: the last calls, newest first, and how many wait per field. */
record Board(String ward, String centerName, LocalDate day, OffsetDateTime updatedAt, List<Call> lastCalls,
		List<Waiting> waiting) {

	Board {
		lastCalls = lastCalls == null ? List.of() : List.copyOf(lastCalls);
		waiting = waiting == null ? List.of() : List.copyOf(waiting);
	}

	record Call(String number, int counter, OffsetDateTime at) {

		/** What tells one call from another on the display: a recall of the same number is a new call. */
		public String key() {
			return this.number + "@" + this.counter + "@" + (this.at == null ? "" : this.at.toInstant().toString());
		}

		/** The number as the display reads it aloud: letter by letter, digit by digit ("A không một hai"). */
		public String spokenNumber() {
			return SpokenNumber.of(this.number);
		}

	}

	record Waiting(String field, String fieldName, String prefix, int waiting) {
	}

}
