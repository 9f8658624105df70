package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.intake.queue.model.QueueFixtures.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class QueueOrderTest {

	private static final Counter CIVIL_AND_LAND = new Counter(1, Set.of("HO_TICH", "DAT_DAI"));

	private static final Counter LAND_ONLY = new Counter(2, Set.of("DAT_DAI"));

	@Test
	void aCounterCallsTheFirstWaitingTicketOfItsFieldsAcrossThoseFields() {
		List<Ticket> tickets = List.of(waiting("A001", "HO_TICH", "08:05"), waiting("B001", "DAT_DAI", "08:01"),
				waiting("C001", "CHUNG_THUC", "07:30"));
		assertThat(QueueOrder.next(tickets, CIVIL_AND_LAND, OrderingPolicy.DEFAULT)).contains(tickets.get(1));
		assertThat(QueueOrder.next(tickets, LAND_ONLY, OrderingPolicy.DEFAULT)).contains(tickets.get(1));
		assertThat(QueueOrder.next(tickets.subList(0, 1), LAND_ONLY, OrderingPolicy.DEFAULT)).isEmpty();
	}

	@Test
	void onlyWaitingTicketsAreCalled() {
		List<Ticket> tickets = List.of(in(TicketStatus.CALLED, 2, waiting("B001", "DAT_DAI", "07:00")),
				in(TicketStatus.NO_SHOW, 2, waiting("B002", "DAT_DAI", "07:01")),
				in(TicketStatus.SERVING, 2, waiting("B003", "DAT_DAI", "07:02")), waiting("B004", "DAT_DAI", "07:03"));
		assertThat(QueueOrder.next(tickets, LAND_ONLY, OrderingPolicy.DEFAULT)).contains(tickets.get(3));
		assertThat(QueueOrder.next(tickets.subList(0, 3), LAND_ONLY, OrderingPolicy.DEFAULT)).isEmpty();
	}

	@Test
	void thePolicyDecidesAcrossFieldsToo() {
		List<Ticket> tickets = List.of(waiting("A001", "HO_TICH", "08:00"),
				waiting("B001", "DAT_DAI", PriorityGroup.ELDERLY, "09:00"));
		assertThat(QueueOrder.next(tickets, CIVIL_AND_LAND, OrderingPolicy.strictPriority())).contains(tickets.get(1));
		assertThat(QueueOrder.next(tickets, CIVIL_AND_LAND, OrderingPolicy.DEFAULT)).contains(tickets.get(0));
	}

	@Test
	void peopleAheadAreTheWaitingTicketsOfTheSameFieldThatComeFirst() {
		Ticket mine = waiting("A004", "HO_TICH", "08:10");
		List<Ticket> tickets = List.of(waiting("A001", "HO_TICH", "08:00"), waiting("A002", "HO_TICH", "08:05"),
				in(TicketStatus.CALLED, 1, waiting("A003", "HO_TICH", "08:06")), mine, waiting("A005", "HO_TICH", "08:20"),
				waiting("B001", "DAT_DAI", "07:00"));
		assertThat(QueueOrder.ahead(mine, tickets, OrderingPolicy.DEFAULT)).isEqualTo(2);
		assertThat(QueueOrder.ahead(tickets.get(0), tickets, OrderingPolicy.DEFAULT)).isZero();
	}

	@Test
	void aPriorityTicketCountsOnlyThoseItDoesNotOvertake() {
		List<Ticket> tickets = List.of(waiting("A001", "HO_TICH", "07:30"), waiting("A002", "HO_TICH", "08:00"),
				waiting("A003", "HO_TICH", PriorityGroup.ELDERLY, "08:05"));
		Ticket priority = waiting("A004", "HO_TICH", PriorityGroup.PREGNANT, "08:10");
		// A001 waited 40 minutes when A004 came, so stays ahead; A002 is overtaken; A003 is an earlier priority.
		assertThat(QueueOrder.ahead(priority, tickets, OrderingPolicy.DEFAULT)).isEqualTo(2);
		assertThat(QueueOrder.ahead(priority, tickets, OrderingPolicy.strictPriority())).isEqualTo(1);
	}

	@Test
	void aNewOrdinaryTicketHasEveryoneWaitingInItsFieldAhead() {
		List<Ticket> tickets = List.of(waiting("A001", "HO_TICH", "07:30"),
				waiting("A002", "HO_TICH", PriorityGroup.ELDERLY, "08:00"));
		assertThat(QueueOrder.ahead(waiting("A003", "HO_TICH", "08:10"), tickets, OrderingPolicy.DEFAULT)).isEqualTo(2);
	}

}
