package vn.onestop.intake.queue.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.intake.calendar.WorkingSessions;
import vn.onestop.intake.dossier.DossierCode;
import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.queue.model.CenterSetup;
import vn.onestop.intake.queue.model.Counter;
import vn.onestop.intake.queue.model.HistoryEntry;
import vn.onestop.intake.queue.model.OrderingPolicy;
import vn.onestop.intake.queue.model.Outcome;
import vn.onestop.intake.queue.model.PriorityGroup;
import vn.onestop.intake.queue.model.QueueField;
import vn.onestop.intake.queue.model.Ticket;
import vn.onestop.intake.queue.model.TicketAction;
import vn.onestop.intake.queue.model.TicketNumber;
import vn.onestop.intake.queue.model.TicketStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's rows map to and from the model as they were written, against the real database. */
class QueueRepositoriesTest extends IntakeContext {

	private static final Instant NINE = Instant.parse("2026-10-26T02:00:00Z");

	private static final LocalDate DAY = LocalDate.of(2026, 10, 26);

	@Autowired
	SetupRepository setups;

	@Autowired
	TicketRepository tickets;

	@Autowired
	ReactiveTransactionManager transactions;

	static CenterSetup setup(int cap) {
		QueueField hoTich = new QueueField("HO_TICH", "Hộ tịch", "A", cap, WorkingSessions.STANDARD,
				Duration.ofMinutes(12));
		QueueField datDai = new QueueField("DAT_DAI", "Đất đai", "DD", 50,
				new WorkingSessions(List.of(vn.onestop.intake.calendar.WorkingSession.of("07:30", "11:00"))),
				Duration.ofMinutes(20));
		return new CenterSetup(List.of(hoTich, datDai),
				List.of(new Counter(2, Set.of("DAT_DAI")), new Counter(1, Set.of("HO_TICH", "DAT_DAI"))),
				Set.of(PriorityGroup.ELDERLY, PriorityGroup.MERIT), OrderingPolicy.strictPriority(), 3, 7);
	}

	@Test
	void aSetupIsStoredAndReadBackAsTheModelHadItEachSaveCountingOneVersionMore() {
		String ward = freshWard();
		assertThat(this.setups.find(ward).blockOptional()).isEmpty();

		StoredSetup first = this.setups.save(ward, "Phường Thử", setup(100), "leader-1", NINE).block();
		StoredSetup second = this.setups.save(ward, "Phường Thử Nghiệm", setup(80), "leader-2", NINE.plusSeconds(60))
			.block();

		assertThat(first.version()).isEqualTo(1);
		assertThat(second.version()).isEqualTo(2);
		StoredSetup read = this.setups.find(ward).block();
		CenterSetup saved = setup(80);
		assertThat(read.setup()).as("the set-up, its counters by number")
			.isEqualTo(new CenterSetup(saved.fields(), List.of(saved.counters().get(1), saved.counters().get(0)),
					saved.priorityGroups(), saved.ordering(), saved.recallLimit(), saved.notifyAhead()));
		assertThat(read.centerName()).isEqualTo("Phường Thử Nghiệm");
		assertThat(read.updatedBy()).isEqualTo("leader-2");
		assertThat(read.updatedAt()).isEqualTo(NINE.plusSeconds(60));
	}

	@Test
	void theSequenceGivesOneNumberMoreEachTimeAndNothingOnceTheCapIsReached() {
		String ward = freshWard();
		assertThat(this.tickets.lastGiven(ward, "A", DAY).block()).isZero();
		assertThat(this.tickets.nextSequence(ward, "A", DAY, 2).block()).isEqualTo(1);
		assertThat(this.tickets.nextSequence(ward, "A", DAY, 2).block()).isEqualTo(2);
		assertThat(this.tickets.nextSequence(ward, "A", DAY, 2).blockOptional()).isEmpty();
		assertThat(this.tickets.nextSequence(ward, "A", DAY.plusDays(1), 2).block()).isEqualTo(1);
		assertThat(this.tickets.lastGiven(ward, "A", DAY).block()).isEqualTo(2);
	}

	@Test
	void aRolledBackTakeGivesItsNumberBack() {
		String ward = freshWard();
		TransactionalOperator transaction = TransactionalOperator.create(this.transactions);
		transaction.execute(status -> {
			status.setRollbackOnly();
			return this.tickets.nextSequence(ward, "A", DAY, 10);
		}).blockLast();
		assertThat(this.tickets.nextSequence(ward, "A", DAY, 10).block()).isEqualTo(1);
	}

	@Test
	void aTicketAndItsHistoryAreFoundByNumberListedByStatusAndUpdatedWithItsOutcome() {
		String ward = freshWard();
		Ticket taken = Ticket.taken(new TicketNumber("A", 1), "HO_TICH", PriorityGroup.ELDERLY, NINE);
		StoredTicket stored = StoredTicket.taken(ward, taken, TakenVia.CITIZEN, "citizen-1", "048187000123",
				"0901234567", 2, "key-1", "hash-1");
		this.tickets
			.insert(stored, new HistoryEntry(null, TicketStatus.WAITING, TicketAction.TAKE, NINE, null, "HO_TICH", null),
					"citizen-1")
			.block();

		StoredTicket found = this.tickets.find(ward, DAY, new TicketNumber("A", 1)).block();
		assertThat(found).isEqualTo(stored);
		assertThat(this.tickets.findByKey(ward, "key-1").block()).isEqualTo(stored);
		assertThat(this.tickets.list(ward, DAY, List.of(TicketStatus.WAITING)).collectList().block())
			.containsExactly(stored);
		assertThat(this.tickets.list(ward, DAY, List.of(TicketStatus.CALLED)).collectList().block()).isEmpty();
		assertThat(this.tickets.ofCitizen(ward, DAY, "048187000123").collectList().block()).containsExactly(stored);

		Ticket done = new Ticket(DAY, taken.number(), "HO_TICH", PriorityGroup.ELDERLY, NINE, TicketStatus.DONE, 1, 0,
				new Outcome.Filed(List.of(DossierCode.parse("H01.01-261026-0002").orElseThrow(),
						DossierCode.parse("H01.01-261026-0001").orElseThrow())));
		StoredTicket finished = found.with(done, NINE.plusSeconds(60), NINE.plusSeconds(120), NINE.plusSeconds(600),
				NINE.plusSeconds(600)).withoutPhone();
		this.tickets.update(finished)
			.then(this.tickets.appendHistory(finished, new HistoryEntry(TicketStatus.SERVING, TicketStatus.DONE,
					TicketAction.FINISH, NINE.plusSeconds(600), 1, "HO_TICH", "FILED"), "officer-1"))
			.block();

		StoredTicket read = this.tickets.findById(stored.id()).block();
		assertThat(read).isEqualTo(finished);
		assertThat(read.phone()).isNull();
		assertThat(this.tickets.history(stored.id()).map(line -> line.entry().action() + " by " + line.actor())
			.collectList()
			.block()).containsExactly("TAKE by citizen-1", "FINISH by officer-1");
	}

	@Test
	void theChangeSignalRunsInsideTheCallersTransaction() {
		TransactionalOperator transaction = TransactionalOperator.create(this.transactions);
		assertThat(transaction.transactional(QueueSignal.changed(this.db, "20242").thenReturn(true)).block()).isTrue();
	}

}
