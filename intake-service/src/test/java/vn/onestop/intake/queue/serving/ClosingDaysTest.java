package vn.onestop.intake.queue.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, line 3: tickets left at closing are closed as not served, with a history line, at the end of their
 * field's last session, on a fixed clock; a ticket being served and a no-show are left; phones of ended tickets are
 * forgotten; running the closing again (or on another replica) changes nothing more.
 */
class ClosingDaysTest extends ServingContext {

	@Autowired
	private ClosingDays closing;

	@Test
	void leftoverTicketsOfAFieldWhoseDayEndedAreClosedAsNotServedOnceEach() {
		String ward = wardWith(center());
		take(ward, "B001", "DAT_DAI", "08:00");
		take(ward, "B002", "DAT_DAI", null, at("08:01"), "0901234567", 5, null);
		take(ward, "B003", "DAT_DAI", "08:02");
		take(ward, "B004", "DAT_DAI", "08:03");
		take(ward, "B005", "DAT_DAI", "08:04");
		take(ward, "A001", "HO_TICH", "08:05");
		ok(call(ward, 3));
		ok(act(ward, "B001", "start", "{\"counter\":3}"));
		ok(call(ward, 4));
		ok(act(ward, "B002", "no-show", "{\"counter\":4}"));
		ok(call(ward, 4));

		this.clock.set(LocalDateTime.of(DAY, java.time.LocalTime.of(10, 59)));
		this.closing.close().block();
		assertThat(statusOf(ward, "B003")).as("land closes at 11:00").isEqualTo("CALLED");

		this.clock.set(LocalDateTime.of(DAY, java.time.LocalTime.of(11, 0)));
		this.closing.close().block();
		this.closing.close().block();

		assertThat(statusOf(ward, "B001")).as("being served: left to its officer").isEqualTo("SERVING");
		assertThat(statusOf(ward, "B002")).isEqualTo("NO_SHOW");
		assertThat(statusOf(ward, "B003")).isEqualTo("NOT_SERVED");
		assertThat(statusOf(ward, "B004")).isEqualTo("NOT_SERVED");
		assertThat(statusOf(ward, "B005")).isEqualTo("NOT_SERVED");
		assertThat(statusOf(ward, "A001")).as("civil status is open until 17:00").isEqualTo("WAITING");
		assertThat(history(ward, "B003")).containsExactly("null>WAITING TAKE null kiosk null",
				"WAITING>CALLED CALL 4 officer-" + ward + " null",
				"CALLED>NOT_SERVED CLOSE null closing left at closing");
		assertThat(history(ward, "B004")).containsExactly("null>WAITING TAKE null kiosk null",
				"WAITING>NOT_SERVED CLOSE null closing left at closing");
		assertThat(phone(ward, "B002")).as("a no-show may come back today").isEqualTo("0901234567");

		this.clock.set(LocalDateTime.of(DAY.plusDays(1), java.time.LocalTime.of(7, 0)));
		this.closing.close().block();
		assertThat(statusOf(ward, "A001")).as("a day the closing missed").isEqualTo("NOT_SERVED");
		assertThat(phone(ward, "B002")).as("its day is over").isEqualTo("none");
	}

	@Test
	void twoReplicasClosingAtOnceCloseEachTicketOnce() {
		String ward = wardWith(center());
		for (int i = 1; i <= 30; i++) {
			take(ward, "B%03d".formatted(i), "DAT_DAI", "08:%02d".formatted(i));
		}
		this.clock.set(LocalDateTime.of(DAY, java.time.LocalTime.of(11, 30)));

		reactor.core.publisher.Mono.zip(
				this.closing.close().subscribeOn(reactor.core.scheduler.Schedulers.parallel()),
				this.closing.close().subscribeOn(reactor.core.scheduler.Schedulers.parallel()))
			.block(java.time.Duration.ofSeconds(60));

		assertThat(this.db.sql("select count(*) from queue_ticket_history h join queue_ticket t on t.id = h.ticket_id "
				+ "where t.ward_code = :ward and h.action = 'CLOSE'")
			.bind("ward", ward).map(row -> row.get(0, Long.class)).one().block()).as("one CLOSE line a ticket")
			.isEqualTo(30L);
		assertThat(this.db.sql("select count(*) from queue_ticket where ward_code = :ward and status = 'NOT_SERVED'")
			.bind("ward", ward).map(row -> row.get(0, Long.class)).one().block()).isEqualTo(30L);
	}

	/** The ticket's phone, "none" once cleared. */
	private String phone(String ward, String number) {
		return this.db.sql("select coalesce(phone, 'none') from queue_ticket where ward_code = :ward "
				+ "and prefix || lpad(sequence::text, 3, '0') = :number")
			.bind("ward", ward)
			.bind("number", number)
			.map(row -> row.get(0, String.class))
			.one()
			.block();
	}

}
