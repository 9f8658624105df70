package vn.onestop.citizen.records;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.support.outbox.Outbox;
import vn.onestop.support.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change, its history rows and its outbox event commit together or not at all, against the real database:
 * the writers are the application's own, with one step made to fail after the citizen row was written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class CitizenTransactionTest {

	@Autowired
	private DatabaseClient db;

	@Autowired
	private TransactionalOperator transaction;

	@Autowired
	private CitizenRepository citizens;

	@Autowired
	private CitizenHistoryRepository history;

	@Autowired
	private CitizenEvents events;

	@Autowired
	private WardsInForce wards;

	@Autowired
	private JsonMapper json;

	@Autowired
	private RegisteringCitizen registering;

	@Autowired
	private ApplicationContext context;

	@Test
	void aFailedHistoryInsertLeavesNeitherTheCitizenNorTheEvent() {
		AtomicReference<UUID> attempted = new AtomicReference<>();
		CitizenHistoryRepository failingHistory = new CitizenHistoryRepository(this.db) {
			@Override
			Mono<Void> append(Citizen citizen, HistoryAction action, List<FieldChange> changes, String who, Instant at) {
				attempted.set(citizen.id());
				return rowsOf(citizen.id()).doOnNext(rows -> assertThat(rows).as("citizen written before history").isEqualTo(1))
					.then(Mono.error(new IllegalStateException("history unavailable")));
			}
		};
		RegisteringCitizen registeringWithoutHistory = new RegisteringCitizen(this.wards,
				new CitizenChangeWriter(this.citizens, failingHistory, this.events, this.transaction));
		CitizenForm form = CitizenFixtures.form("Lý Văn Phúc", CitizenFixtures.HAI_CHAU);

		StepVerifier.create(registeringWithoutHistory.register(form, CitizenFixtures.OFFICER)).expectErrorMessage("history unavailable").verify();

		assertNothingStoredFor(attempted.get(), form.idNumber());
	}

	@Test
	void aFailedOutboxInsertLeavesNeitherTheCitizenNorItsHistory() {
		AtomicReference<UUID> attempted = new AtomicReference<>();
		CitizenEvents brokenEvents = new CitizenEvents(new Outbox(this.db), this.json) {
			@Override
			String payloadJson(CitizenChanged payload) {
				attempted.set(payload.citizenId());
				return "{this is not json";
			}
		};
		RegisteringCitizen registeringWithBrokenOutbox = new RegisteringCitizen(this.wards,
				new CitizenChangeWriter(this.citizens, this.history, brokenEvents, this.transaction));
		CitizenForm form = CitizenFixtures.form("Lý Văn Quang", CitizenFixtures.HAI_CHAU);

		StepVerifier.create(registeringWithBrokenOutbox.register(form, CitizenFixtures.OFFICER))
			.expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("json"))
			.verify();

		assertNothingStoredFor(attempted.get(), form.idNumber());
	}

	@Test
	void aFailedOutboxInsertUndoesAnUpdate() {
		Citizen registered = this.registering.register(CitizenFixtures.form("Lý Văn Sơn", CitizenFixtures.HAI_CHAU), CitizenFixtures.OFFICER)
			.block(Duration.ofSeconds(10));
		CitizenEvents brokenEvents = new CitizenEvents(new Outbox(this.db), this.json) {
			@Override
			String payloadJson(CitizenChanged payload) {
				return "{this is not json";
			}
		};
		CitizenChangeWriter writer = new CitizenChangeWriter(this.citizens, this.history, brokenEvents, this.transaction);
		Citizen deactivated = registered.deactivated();

		StepVerifier.create(writer.update(registered, deactivated, HistoryAction.DEACTIVATED, "test-officer")).expectError().verify();

		StepVerifier.create(this.citizens.findById(registered.id())).assertNext(stored -> {
			assertThat(stored.active()).isTrue();
			assertThat(stored.version()).isEqualTo(1);
		}).verifyComplete();
		StepVerifier.create(count("select count(distinct version) from citizen_history where citizen_id = :id", registered.id()))
			.expectNext(1L).verifyComplete();
		StepVerifier.create(count("select count(*) from outbox_event where aggregate_id = cast(:id as text)", registered.id()))
			.expectNext(1L).verifyComplete();
	}

	@Test
	void aRaceLostAtTheUniqueConstraintIsStillAConflict() {
		CitizenForm form = CitizenFixtures.form("Lý Văn Tài", CitizenFixtures.HAI_CHAU);
		StepVerifier.create(this.registering.register(form, CitizenFixtures.OFFICER)).expectNextCount(1).verifyComplete();
		StepVerifier.create(registeringAfterLostRace(this.context).register(form, CitizenFixtures.OFFICER))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.kind()).isEqualTo(CitizenProblems.DUPLICATE_ID_NUMBER)))
			.verify();
	}

	/** Registration as it runs when another registration of the same number commits right after our check. */
	static RegisteringCitizen registeringAfterLostRace(ApplicationContext context) {
		DatabaseClient db = context.getBean(DatabaseClient.class);
		CitizenRepository checkPassed = new CitizenRepository(db) {
			@Override
			Mono<Boolean> idNumberTaken(String idNumber, UUID self) {
				return Mono.just(false);
			}
		};
		return new RegisteringCitizen(context.getBean(WardsInForce.class),
				new CitizenChangeWriter(checkPassed, context.getBean(CitizenHistoryRepository.class),
						context.getBean(CitizenEvents.class), context.getBean(TransactionalOperator.class)));
	}

	private void assertNothingStoredFor(UUID id, String idNumber) {
		assertThat(id).isNotNull();
		StepVerifier.create(rowsOf(id)).expectNext(0L).verifyComplete();
		StepVerifier.create(this.citizens.findByIdNumber(idNumber)).verifyComplete();
		StepVerifier.create(count("select count(*) from citizen_history where citizen_id = :id", id)).expectNext(0L)
			.verifyComplete();
		StepVerifier.create(count("select count(*) from outbox_event where aggregate_id = cast(:id as text)", id))
			.expectNext(0L).verifyComplete();
	}

	private Mono<Long> rowsOf(UUID id) {
		return count("select count(*) from citizen where id = :id", id);
	}

	private Mono<Long> count(String sql, UUID id) {
		return this.db.sql(sql).bind("id", id).map(row -> row.get(0, Long.class)).one();
	}

}
