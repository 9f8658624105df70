package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.intake.queue.model.QueueFixtures.*;
import static vn.onestop.intake.queue.model.TicketStatus.*;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.onestop.intake.dossier.DossierCode;
import vn.onestop.intake.queue.model.TicketLifecycle.Moved;
import vn.onestop.intake.queue.model.TicketLifecycle.Refused;

class TicketLifecycleTest {

	private static final Instant NOW = at("09:00");

	private static final Ticket FRESH = waiting("A012", "HO_TICH", "08:00");

	private static final Outcome FILED = new Outcome.Filed(List.of(DossierCode.parse("H01.01-260701-0001").orElseThrow()));

	/** One command per action, each asked by counter 1, the counter that holds the ticket in these tests. */
	private static final Map<TicketAction, TicketCommand> BY_COUNTER_1 = Map.of(TicketAction.CALL,
			new TicketCommand.Call(1), TicketAction.RECALL, new TicketCommand.Recall(1), TicketAction.NO_SHOW,
			new TicketCommand.MarkNoShow(1), TicketAction.START, new TicketCommand.Start(1), TicketAction.FINISH,
			new TicketCommand.Finish(1, FILED), TicketAction.TRANSFER, new TicketCommand.Transfer(1, "DAT_DAI"),
			TicketAction.CANCEL, new TicketCommand.Cancel(1), TicketAction.REACTIVATE, new TicketCommand.Reactivate(1),
			TicketAction.CLOSE, new TicketCommand.Close());

	private static Ticket ticketIn(TicketStatus status) {
		if (status == DONE) {
			return FRESH.moved(SERVING, 1, 0).done(FILED);
		}
		return in(status, status == WAITING ? null : 1, FRESH);
	}

	private static TicketLifecycle.Decision decide(Ticket ticket, TicketCommand command) {
		return TicketLifecycle.decide(ticket, command, SETUP, NOW);
	}

	private static Moved moved(Ticket ticket, TicketCommand command) {
		TicketLifecycle.Decision decision = decide(ticket, command);
		assertThat(decision).isInstanceOf(Moved.class);
		return (Moved) decision;
	}

	private static Refusal refusal(Ticket ticket, TicketCommand command) {
		TicketLifecycle.Decision decision = decide(ticket, command);
		assertThat(decision).isInstanceOf(Refused.class);
		return ((Refused) decision).why();
	}

	@ParameterizedTest(name = "{0} --{1}--> {2}")
	@CsvSource({ "WAITING, CALL, CALLED", "WAITING, TRANSFER, WAITING", "WAITING, CANCEL, CANCELLED",
			"WAITING, CLOSE, NOT_SERVED", "CALLED, RECALL, CALLED", "CALLED, NO_SHOW, NO_SHOW", "CALLED, START, SERVING",
			"CALLED, TRANSFER, WAITING", "CALLED, CANCEL, CANCELLED", "CALLED, CLOSE, NOT_SERVED",
			"SERVING, FINISH, DONE", "SERVING, TRANSFER, WAITING", "NO_SHOW, REACTIVATE, WAITING" })
	void legalMovesAndTheirHistoryLine(TicketStatus from, TicketAction action, TicketStatus to) {
		Moved moved = moved(ticketIn(from), BY_COUNTER_1.get(action));
		assertThat(moved.ticket().status()).isEqualTo(to);
		assertThat(moved.entry().from()).isEqualTo(from);
		assertThat(moved.entry().to()).isEqualTo(to);
		assertThat(moved.entry().action()).isEqualTo(action);
		assertThat(moved.entry().at()).isEqualTo(NOW);
		assertThat(moved.entry().counter()).isEqualTo(action == TicketAction.CLOSE ? null : 1);
		assertThat(moved.entry().field()).isEqualTo(moved.ticket().field());
		assertThat(moved.ticket().takenAt()).as("the arrival never changes").isEqualTo(FRESH.takenAt());
		assertThat(moved.ticket().number()).as("nor the number").isEqualTo(FRESH.number());
	}

	@Test
	void everyOtherPairIsRefusedNamingTheActionsAllowed() {
		int legal = 0;
		for (TicketStatus status : TicketStatus.values()) {
			for (TicketAction action : EnumSet.complementOf(EnumSet.of(TicketAction.TAKE))) {
				TicketLifecycle.Decision decision = decide(ticketIn(status), BY_COUNTER_1.get(action));
				if (decision instanceof Moved) {
					legal++;
					assertThat(TicketLifecycle.allowedFrom(status)).contains(action);
				}
				else {
					assertThat(TicketLifecycle.allowedFrom(status)).doesNotContain(action);
					assertThat(decision).isEqualTo(new Refused(Refusal.NOT_ALLOWED_NOW, TicketLifecycle.allowedFrom(status)));
				}
			}
		}
		assertThat(legal).isEqualTo(13);
	}

	@ParameterizedTest
	@EnumSource(value = TicketStatus.class, names = { "DONE", "CANCELLED", "NOT_SERVED" })
	void finalStatusesAllowNothing(TicketStatus status) {
		assertThat(TicketLifecycle.allowedFrom(status)).isEmpty();
		assertThat(status.isFinal()).isTrue();
	}

	@Test
	void takingIsNeverAMoveOfAnExistingTicket() {
		for (TicketStatus status : TicketStatus.values()) {
			assertThat(TicketLifecycle.allowedFrom(status)).doesNotContain(TicketAction.TAKE);
		}
	}

	@Test
	void callingPutsTheTicketAtTheCounter() {
		Moved called = moved(FRESH, new TicketCommand.Call(1));
		assertThat(called.ticket().counter()).isEqualTo(1);
		assertThat(called.ticket().recalls()).isZero();
	}

	@Test
	void aCounterCallsOnlyTicketsOfItsFields() {
		assertThat(refusal(FRESH, new TicketCommand.Call(2))).isEqualTo(Refusal.FIELD_NOT_SERVED_HERE);
		assertThat(refusal(FRESH, new TicketCommand.Call(9))).isEqualTo(Refusal.UNKNOWN_COUNTER);
		assertThat(refusal(FRESH, new TicketCommand.Call(null))).isEqualTo(Refusal.UNKNOWN_COUNTER);
	}

	@Test
	void recallAnnouncesAgainUpToTheLimitThenTheTicketIsANoShow() {
		Ticket called = moved(FRESH, new TicketCommand.Call(1)).ticket();
		Moved first = moved(called, new TicketCommand.Recall(1));
		assertThat(first.ticket().status()).isEqualTo(CALLED);
		assertThat(first.ticket().recalls()).isEqualTo(1);
		assertThat(first.entry().detail()).isEqualTo("recall 1 of 2");
		Moved second = moved(first.ticket(), new TicketCommand.Recall(1));
		assertThat(second.ticket().recalls()).isEqualTo(2);
		assertThat(second.entry().action()).isEqualTo(TicketAction.RECALL);
		Moved third = moved(second.ticket(), new TicketCommand.Recall(1));
		assertThat(third.ticket().status()).isEqualTo(NO_SHOW);
		assertThat(third.entry()).isEqualTo(new HistoryEntry(CALLED, NO_SHOW, TicketAction.NO_SHOW, NOW, 1, "HO_TICH",
				"recall limit 2 reached"));
	}

	@Test
	void withARecallLimitOfZeroTheFirstRecallIsANoShow() {
		CenterSetup none = new CenterSetup(SETUP.fields(), SETUP.counters(), SETUP.priorityGroups(), SETUP.ordering(), 0, 5);
		Ticket called = ticketIn(CALLED);
		assertThat(((Moved) TicketLifecycle.decide(called, new TicketCommand.Recall(1), none, NOW)).ticket().status())
			.isEqualTo(NO_SHOW);
	}

	@Test
	void theOfficerMayMarkANoShowBeforeTheRecallsAreUsed() {
		Moved noShow = moved(ticketIn(CALLED), new TicketCommand.MarkNoShow(1));
		assertThat(noShow.ticket().status()).isEqualTo(NO_SHOW);
		assertThat(noShow.ticket().counter()).as("kept for the counter's no-show rate").isEqualTo(1);
		assertThat(noShow.entry().detail()).isNull();
	}

	@Test
	void onlyTheCounterThatCalledATicketActsOnIt() {
		Ticket called = ticketIn(CALLED);
		for (TicketCommand command : List.of(new TicketCommand.Recall(2), new TicketCommand.MarkNoShow(2),
				new TicketCommand.Start(2), new TicketCommand.Transfer(2, "DAT_DAI"), new TicketCommand.Cancel(2))) {
			assertThat(refusal(called, command)).as(command.toString()).isEqualTo(Refusal.OTHER_COUNTER);
		}
		assertThat(refusal(ticketIn(SERVING), new TicketCommand.Finish(3, FILED))).isEqualTo(Refusal.OTHER_COUNTER);
	}

	@Test
	void someoneNotAtACounterMayStillActForTheCenter() {
		assertThat(moved(ticketIn(CALLED), new TicketCommand.Cancel(null)).entry().counter()).isNull();
		assertThat(moved(ticketIn(SERVING), new TicketCommand.Transfer(null, "DAT_DAI")).ticket().status())
			.isEqualTo(WAITING);
	}

	@Test
	void finishingRecordsTheOutcome() {
		Moved done = moved(ticketIn(SERVING), new TicketCommand.Finish(1, FILED));
		assertThat(done.ticket().outcome()).isEqualTo(FILED);
		assertThat(done.entry().detail()).isEqualTo("FILED H01.01-260701-0001");
		assertThat(moved(ticketIn(SERVING), new TicketCommand.Finish(1, new Outcome.Guidance())).entry().detail())
			.isEqualTo("GUIDANCE");
		assertThat(moved(ticketIn(SERVING), new TicketCommand.Finish(1, new Outcome.Refused(" Thiếu thẩm quyền ")))
			.entry().detail()).isEqualTo("REFUSED Thiếu thẩm quyền");
	}

	@Test
	void aTransferWaitsInTheOtherFieldWithItsArrivalSoItKeepsItsPlace() {
		Ticket serving = new Ticket(DAY, FRESH.number(), "HO_TICH", PriorityGroup.ELDERLY, FRESH.takenAt(), SERVING, 1, 1,
				null);
		Moved transferred = moved(serving, new TicketCommand.Transfer(1, "DAT_DAI"));
		assertThat(transferred.ticket()).isEqualTo(new Ticket(DAY, FRESH.number(), "DAT_DAI", PriorityGroup.ELDERLY,
				FRESH.takenAt(), WAITING, null, 0, null));
		assertThat(transferred.entry()).isEqualTo(new HistoryEntry(SERVING, WAITING, TicketAction.TRANSFER, NOW, 1,
				"DAT_DAI", "HO_TICH -> DAT_DAI"));
		List<Ticket> land = List.of(waiting("B001", "DAT_DAI", "07:50"), waiting("B002", "DAT_DAI", "08:30"),
				transferred.ticket());
		assertThat(QueueOrder.ahead(transferred.ticket(), land, OrderingPolicy.strictPriority())).isZero();
		assertThat(QueueOrder.ahead(transferred.ticket(), land, OrderingPolicy.DEFAULT)).isZero();
		Ticket ordinary = moved(FRESH, new TicketCommand.Transfer(null, "DAT_DAI")).ticket();
		assertThat(QueueOrder.ahead(ordinary, land, OrderingPolicy.DEFAULT)).as("behind B001 only").isEqualTo(1);
	}

	@Test
	void aTransferNeedsAnotherFieldOfTheCenter() {
		assertThat(refusal(FRESH, new TicketCommand.Transfer(null, "HO_TICH"))).isEqualTo(Refusal.SAME_FIELD);
		assertThat(refusal(FRESH, new TicketCommand.Transfer(null, "XAY_DUNG"))).isEqualTo(Refusal.UNKNOWN_FIELD);
		assertThat(refusal(FRESH, new TicketCommand.Transfer(null, null))).isEqualTo(Refusal.UNKNOWN_FIELD);
	}

	@Test
	void aNoShowComesBackTheSameDayWithItsArrival() {
		Ticket noShow = new Ticket(DAY, FRESH.number(), "HO_TICH", null, FRESH.takenAt(), NO_SHOW, 1, 2, null);
		Moved back = TicketLifecycle.decide(noShow, new TicketCommand.Reactivate(null), SETUP, at("16:59")) instanceof Moved m
				? m : null;
		assertThat(back).isNotNull();
		assertThat(back.ticket()).isEqualTo(new Ticket(DAY, FRESH.number(), "HO_TICH", null, FRESH.takenAt(), WAITING,
				null, 0, null));
		assertThat(QueueOrder.ahead(back.ticket(), List.of(waiting("A020", "HO_TICH", "08:30")), OrderingPolicy.DEFAULT))
			.as("ahead of those who came after it").isZero();
	}

	@Test
	void aNoShowDoesNotComeBackAfterMidnightInVietnam() {
		Ticket noShow = in(NO_SHOW, 1, FRESH);
		assertThat(TicketLifecycle.decide(noShow, new TicketCommand.Reactivate(null), SETUP,
				Instant.parse("2026-07-01T16:59:59Z"))).isInstanceOf(Moved.class);
		assertThat(TicketLifecycle.decide(noShow, new TicketCommand.Reactivate(null), SETUP,
				Instant.parse("2026-07-01T17:00:00Z")))
			.isEqualTo(new Refused(Refusal.NOT_TODAY, EnumSet.of(TicketAction.REACTIVATE)));
	}

	@Test
	void closingEndsAWaitingOrCalledTicketAsNotServed() {
		Moved closed = moved(ticketIn(CALLED), new TicketCommand.Close());
		assertThat(closed.ticket().status()).isEqualTo(NOT_SERVED);
		assertThat(closed.entry().detail()).isEqualTo("left at closing");
		assertThat(refusal(ticketIn(SERVING), new TicketCommand.Close())).isEqualTo(Refusal.NOT_ALLOWED_NOW);
		assertThat(refusal(ticketIn(NO_SHOW), new TicketCommand.Close())).isEqualTo(Refusal.NOT_ALLOWED_NOW);
	}

	@Test
	void aTicketHasAnOutcomeExactlyWhenItIsDone() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new Ticket(DAY, FRESH.number(), "HO_TICH", null, FRESH.takenAt(), DONE, 1, 0, null));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new Ticket(DAY, FRESH.number(), "HO_TICH", null, FRESH.takenAt(), SERVING, 1, 0, FILED));
	}

}
