package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.intake.queue.model.QueueFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.onestop.intake.calendar.WorkingSession;
import vn.onestop.intake.calendar.WorkingSessions;
import vn.onestop.intake.queue.model.TicketTaking.Refused;
import vn.onestop.intake.queue.model.TicketTaking.Taken;
import vn.onestop.intake.queue.model.TicketTaking.Why;

class TicketTakingTest {

	private static TicketTaking.Decision take(String field, PriorityGroup priority, int last, String time) {
		return TicketTaking.take(SETUP, field, priority, last, true, at(time));
	}

	@Test
	void aTicketWaitsWithTheNextNumberItsFieldAndPriorityAndItsArrival() {
		TicketTaking.Decision decision = take("DAT_DAI", PriorityGroup.ELDERLY, 11, "08:05");
		assertThat(decision).isInstanceOf(Taken.class);
		Taken taken = (Taken) decision;
		assertThat(taken.ticket()).isEqualTo(new Ticket(DAY, new TicketNumber("B", 12), "DAT_DAI", PriorityGroup.ELDERLY,
				at("08:05"), TicketStatus.WAITING, null, 0, null));
		assertThat(taken.entry()).isEqualTo(new HistoryEntry(null, TicketStatus.WAITING, TicketAction.TAKE, at("08:05"),
				null, "DAT_DAI", "priority ELDERLY"));
	}

	@Test
	void anOrdinaryTicketHasNoPriorityInItsHistory() {
		Taken taken = (Taken) take("HO_TICH", null, 0, "08:05");
		assertThat(taken.ticket().number().value()).isEqualTo("A001");
		assertThat(taken.ticket().hasPriority()).isFalse();
		assertThat(taken.entry().detail()).isNull();
	}

	@Test
	void atTheCapTheFieldRefusesSayingSo() {
		assertThat(take("DAT_DAI", null, 99, "09:00")).isInstanceOf(Taken.class);
		TicketTaking.Decision refused = take("DAT_DAI", null, 100, "09:00");
		assertThat(refused).isInstanceOf(Refused.class);
		assertThat(((Refused) refused).why()).isEqualTo(Why.CAP_REACHED);
		assertThat(((Refused) refused).reason()).contains("Đất đai", "all 100 tickets", "next working day");
	}

	@Test
	void anotherFieldStillGivesTicketsWhenOneIsFull() {
		assertThat(take("HO_TICH", null, 100, "09:00")).isInstanceOf(Taken.class);
	}

	@Test
	void anUnknownFieldIsRefused() {
		assertThat(take("XAY_DUNG", null, 0, "09:00")).extracting(d -> ((Refused) d).why()).isEqualTo(Why.UNKNOWN_FIELD);
	}

	@Test
	void aPriorityGroupTheCenterDoesNotServeFirstIsRefused() {
		CenterSetup noMerit = new CenterSetup(SETUP.fields(), SETUP.counters(),
				EnumSet.complementOf(EnumSet.of(PriorityGroup.MERIT)), SETUP.ordering(), 2, 5);
		TicketTaking.Decision decision = TicketTaking.take(noMerit, "HO_TICH", PriorityGroup.MERIT, 0, true, at("09:00"));
		assertThat(decision).extracting(d -> ((Refused) d).why()).isEqualTo(Why.PRIORITY_GROUP_NOT_SERVED);
		assertThat(TicketTaking.take(noMerit, "HO_TICH", PriorityGroup.ELDERLY, 0, true, at("09:00")))
			.isInstanceOf(Taken.class);
	}

	@Test
	void noTicketOnADayOff() {
		assertThat(TicketTaking.take(SETUP, "HO_TICH", null, 0, false, at("09:00")))
			.extracting(d -> ((Refused) d).why()).isEqualTo(Why.NOT_A_WORKING_DAY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "06:00", "11:30", "11:45", "13:29", "16:59:59" })
	void ticketsAreGivenFromAnHourBeforeOpeningUntilTheLastSessionEndsLunchIncluded(String time) {
		assertThat(take("HO_TICH", null, 0, time)).isInstanceOf(Taken.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "00:00", "05:59:59", "17:00", "22:00" })
	void outsideThoseHoursTheFieldIsClosed(String time) {
		TicketTaking.Decision decision = take("HO_TICH", null, 0, time);
		assertThat(decision).extracting(d -> ((Refused) d).why()).isEqualTo(Why.FIELD_CLOSED);
		assertThat(((Refused) decision).reason()).isEqualTo("Hộ tịch gives tickets from 06:00 to 17:00.");
	}

	@Test
	void aMorningOnlyFieldClosesAtNoon() {
		QueueField morning = new QueueField("HO_TICH", "Hộ tịch", "A", 10,
				new WorkingSessions(List.of(WorkingSession.of("07:30", "11:30"))), Duration.ofMinutes(10));
		CenterSetup setup = new CenterSetup(List.of(morning), List.of(new Counter(1, Set.of("HO_TICH"))),
				EnumSet.allOf(PriorityGroup.class), OrderingPolicy.DEFAULT, 2, 5);
		assertThat(TicketTaking.take(setup, "HO_TICH", null, 0, true, at("06:30"))).isInstanceOf(Taken.class);
		assertThat(TicketTaking.take(setup, "HO_TICH", null, 0, true, at("06:29"))).isInstanceOf(Refused.class);
		assertThat(TicketTaking.take(setup, "HO_TICH", null, 0, true, at("11:30"))).isInstanceOf(Refused.class);
	}

	@Test
	void aSessionStartingJustAfterMidnightDoesNotWrapToTheEvening() {
		QueueField early = new QueueField("HO_TICH", "Hộ tịch", "A", 10,
				new WorkingSessions(List.of(WorkingSession.of("00:30", "02:00"))), Duration.ofMinutes(10));
		CenterSetup setup = new CenterSetup(List.of(early), List.of(new Counter(1, Set.of("HO_TICH"))),
				EnumSet.allOf(PriorityGroup.class), OrderingPolicy.DEFAULT, 2, 5);
		assertThat(TicketTaking.take(setup, "HO_TICH", null, 0, true, at("00:00"))).isInstanceOf(Taken.class);
		assertThat(TicketTaking.take(setup, "HO_TICH", null, 0, true, at("23:45"))).isInstanceOf(Refused.class);
	}

	@Test
	void theHoursAreVietnamsWhateverTheServersZone() {
		// 23:30 UTC is 06:30 the next morning in Vietnam.
		assertThat(TicketTaking.take(SETUP, "HO_TICH", null, 0, true, Instant.parse("2026-06-30T23:30:00Z")))
			.isInstanceOf(Taken.class);
		assertThat(TicketTaking.take(SETUP, "HO_TICH", null, 0, true, Instant.parse("2026-07-01T10:30:00Z")))
			.isInstanceOf(Refused.class);
	}

}
