package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.intake.queue.model.QueueFixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.intake.queue.model.CallingNext.Busy;
import vn.onestop.intake.queue.model.CallingNext.Called;
import vn.onestop.intake.queue.model.CallingNext.NoSuchCounter;
import vn.onestop.intake.queue.model.CallingNext.NobodyWaiting;

class CallingNextTest {

	@Test
	void theCounterCallsTheFirstTicketOfItsFieldsInThePolicysOrder() {
		List<Ticket> tickets = List.of(waiting("A001", "HO_TICH", "08:00"),
				waiting("B001", "DAT_DAI", PriorityGroup.ELDERLY, "08:10"), waiting("C001", "CHUNG_THUC", "07:00"));
		CallingNext.Decision decision = CallingNext.decide(SETUP, 1, tickets, at("09:00"));
		assertThat(decision).isInstanceOf(Called.class);
		Called called = (Called) decision;
		assertThat(called.ticket().number().value()).isEqualTo("B001");
		assertThat(called.ticket().status()).isEqualTo(TicketStatus.CALLED);
		assertThat(called.ticket().counter()).isEqualTo(1);
		assertThat(called.entry()).isEqualTo(new HistoryEntry(TicketStatus.WAITING, TicketStatus.CALLED,
				TicketAction.CALL, at("09:00"), 1, "DAT_DAI", null));
	}

	@Test
	void aCounterHoldingACalledOrServedTicketIsBusy() {
		Ticket held = in(TicketStatus.SERVING, 1, waiting("A001", "HO_TICH", "08:00"));
		List<Ticket> tickets = List.of(held, waiting("A002", "HO_TICH", "08:01"));
		assertThat(CallingNext.decide(SETUP, 1, tickets, at("09:00"))).isEqualTo(new Busy(held));
		Ticket called = in(TicketStatus.CALLED, 1, waiting("A001", "HO_TICH", "08:00"));
		assertThat(CallingNext.decide(SETUP, 1, List.of(called, tickets.get(1)), at("09:00"))).isEqualTo(new Busy(called));
	}

	@Test
	void ticketsTheCounterIsDoneWithDoNotHoldIt() {
		List<Ticket> tickets = List.of(in(TicketStatus.NO_SHOW, 1, waiting("A001", "HO_TICH", "08:00")),
				in(TicketStatus.CANCELLED, 1, waiting("A002", "HO_TICH", "08:00")),
				in(TicketStatus.SERVING, 2, waiting("B001", "DAT_DAI", "08:00")), waiting("A003", "HO_TICH", "08:05"));
		assertThat(CallingNext.decide(SETUP, 1, tickets, at("09:00"))).isInstanceOf(Called.class);
	}

	@Test
	void nobodyWaitingInTheCountersFields() {
		assertThat(CallingNext.decide(SETUP, 2, List.of(waiting("A001", "HO_TICH", "08:00")), at("09:00")))
			.isEqualTo(new NobodyWaiting());
		assertThat(CallingNext.decide(SETUP, 2, List.of(), at("09:00"))).isEqualTo(new NobodyWaiting());
	}

	@Test
	void aCounterTheCenterDoesNotHave() {
		assertThat(CallingNext.decide(SETUP, 4, List.of(waiting("A001", "HO_TICH", "08:00")), at("09:00")))
			.isEqualTo(new NoSuchCounter());
		assertThat(CallingNext.decide(SETUP, 0, List.of(), at("09:00"))).isEqualTo(new NoSuchCounter());
	}

}
