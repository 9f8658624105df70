package vn.onestop.intake.queue.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.queue.persistence.StoredTicket;

/**
 * Issue 16, line 2: a ticket whose citizen gave a phone with consent gets one QueueTurnNear event, in the transaction
 * of the change that brought it to the center's K places (2 here), and never again; nobody else gets one.
 */
class TurnNearTest extends ServingContext {

	private static final String PHONE = "0901234567";

	@Test
	void aConsentedTicketGetsOneEventWhenACallBringsItToKPlacesAndAnUnconsentedOneNone() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		take(ward, "A002", "HO_TICH", "08:01");
		take(ward, "A003", "HO_TICH", "08:02");
		take(ward, "A004", "HO_TICH", null, at("08:03"), null, 3, null);
		StoredTicket consented = take(ward, "A005", "HO_TICH", null, at("08:04"), PHONE, 4, null);
		take(ward, "A006", "HO_TICH", null, at("08:05"), "0907654321", 1, null);

		ok(call(ward, 1));
		assertThat(events(ward)).as("A005 has 3 ahead").isEmpty();

		ok(call(ward, 2));
		List<Map<?, ?>> events = events(ward);
		assertThat(events).hasSize(1);
		assertThat(events.get(0)).isEqualTo(Map.of("ticketId", consented.id().toString(), "ward", ward, "centerName",
				CENTER, "number", "A005", "peopleAhead", 2, "phone", PHONE, "day", "2026-10-26"));
		assertThat(this.db.sql("select aggregate_type || '/' || aggregate_id from outbox_event "
				+ "where event_type = 'QueueTurnNear' and payload->>'ward' = :ward")
			.bind("ward", ward).map(row -> row.get(0, String.class)).one().block())
			.isEqualTo("queue-ticket/" + consented.id());

		ok(call(ward, 4));
		ok(act(ward, "A001", "no-show", "{\"counter\":1}"));
		ok(call(ward, 1));
		assertThat(events(ward)).as("once per ticket, and none for A004 (no consent) or A006 (close when taken)")
			.hasSize(1);
	}

	@Test
	void aCancellationThatMovesTicketsUpWritesTheEventToo() {
		String ward = wardWith(center());
		take(ward, "B001", "DAT_DAI", "08:00");
		take(ward, "B002", "DAT_DAI", "08:01");
		take(ward, "B003", "DAT_DAI", "08:02");
		take(ward, "B004", "DAT_DAI", null, at("08:03"), PHONE, 3, null);

		ok(act(ward, "B001", "cancel", null));

		assertThat(events(ward)).singleElement()
			.satisfies(event -> assertThat(event.get("number")).isEqualTo("B004"))
			.satisfies(event -> assertThat(event.get("peopleAhead")).isEqualTo(2));
	}

	private List<Map<?, ?>> events(String ward) {
		return this.db.sql("select payload::text as p from outbox_event where event_type = 'QueueTurnNear' "
				+ "and payload->>'ward' = :ward order by occurred_at")
			.bind("ward", ward)
			.<Map<?, ?>>map(row -> this.json.readValue(row.get("p", String.class), Map.class))
			.all()
			.collectList()
			.block();
	}

}
