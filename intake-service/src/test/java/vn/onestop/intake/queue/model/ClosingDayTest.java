package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.intake.queue.model.QueueFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.calendar.WorkingSession;
import vn.onestop.intake.calendar.WorkingSessions;

class ClosingDayTest {

	private static final Ticket WAITING = waiting("A001", "HO_TICH", "16:00");

	private static final Ticket CALLED = in(TicketStatus.CALLED, 1, waiting("A002", "HO_TICH", "16:01"));

	private static final Ticket SERVING = in(TicketStatus.SERVING, 1, waiting("A003", "HO_TICH", "16:02"));

	private static final Ticket NO_SHOW = in(TicketStatus.NO_SHOW, 1, waiting("A004", "HO_TICH", "16:03"));

	private static final Ticket OTHER_FIELD = waiting("B001", "DAT_DAI", "16:00");

	private static final List<Ticket> TODAY = List.of(WAITING, CALLED, SERVING, NO_SHOW, OTHER_FIELD);

	@Test
	void aFieldClosesAtTheEndOfItsLastSessionInVietnam() {
		assertThat(ClosingDay.closesAt(CIVIL_STATUS, DAY)).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
	}

	@Test
	void beforeClosingNothingIsLeftOpen() {
		assertThat(ClosingDay.leftOpen(CIVIL_STATUS, TODAY, at("16:59:59"))).isEmpty();
	}

	@Test
	void atClosingTheWaitingAndCalledTicketsOfTheFieldAreLeftOpen() {
		assertThat(ClosingDay.leftOpen(CIVIL_STATUS, TODAY, at("17:00"))).containsExactly(WAITING, CALLED);
	}

	@Test
	void aMorningFieldClosesAtNoon() {
		QueueField morning = new QueueField("HO_TICH", "Hộ tịch", "A", 10,
				new WorkingSessions(List.of(WorkingSession.of("07:00", "11:30"))), Duration.ofMinutes(10));
		assertThat(ClosingDay.leftOpen(morning, TODAY, at("11:29"))).isEmpty();
		assertThat(ClosingDay.leftOpen(morning, TODAY, at("11:30"))).containsExactly(WAITING, CALLED);
	}

	@Test
	void ticketsOfAnEarlierDayTheClosingMissedAreClosedAnyTimeLater() {
		Instant nextMorning = at("08:00").plus(Duration.ofDays(1));
		Ticket todays = Ticket.taken(new TicketNumber("A", 1), "HO_TICH", null, nextMorning.minusSeconds(600));
		assertThat(ClosingDay.leftOpen(CIVIL_STATUS, List.of(WAITING, CALLED, SERVING, todays), nextMorning))
			.containsExactly(WAITING, CALLED);
	}

	@Test
	void closingEachOneMakesItNotServed() {
		for (Ticket ticket : ClosingDay.leftOpen(CIVIL_STATUS, TODAY, at("17:00"))) {
			TicketLifecycle.Decision decision = TicketLifecycle.decide(ticket, new TicketCommand.Close(), SETUP, at("17:00"));
			assertThat(((TicketLifecycle.Moved) decision).ticket().status()).isEqualTo(TicketStatus.NOT_SERVED);
		}
	}

}
