package vn.onestop.citizen.ward;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.support.audit.AuditLog;
import vn.onestop.support.outbox.Outbox;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merger, the citizens it re-homes, its audit entry and its WardsMerged event commit together or not at all: the
 * writers are the application's own, with the last or next-to-last step made to fail after everything before it was
 * written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class MergerTransactionTest {

	private static final LocalDate ON = WardFixtures.DAY;

	private static final AtomicInteger ID_NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(900_000, 990_000));

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private MergerRepository mergers;

	@Autowired
	private WardsMergedEvents events;

	@Autowired
	private CitizensOfMergedWards citizens;

	@Autowired
	private TransactionalOperator transaction;

	@Autowired
	private JsonMapper json;

	@Autowired
	private AuditLog audit;

	@Test
	void aFailureAfterTheCitizensMovedLeavesNoRegistryRowNoCitizenChangeAndNoEvent() {
		Scenario scenario = scenario();
		CitizensOfMergedWards failing = merger -> this.citizens.rehome(merger)
			.flatMap(rehoming -> {
				assertThat(rehoming.moved()).as("citizen moved before the failure").isEqualTo(1);
				return Mono.error(new IllegalStateException("re-homing interrupted"));
			});
		MergingWards merging = new MergingWards(this.mergers, this.events, failing, this.transaction, this.json, this.audit);

		StepVerifier.create(merging.merge(scenario.form())).expectErrorMessage("re-homing interrupted").verify();

		assertNothingWritten(scenario);
	}

	@Test
	void aFailedOutboxInsertUndoesTheWholeMerger() {
		Scenario scenario = scenario();
		WardsMergedEvents broken = new WardsMergedEvents(new Outbox(this.db), this.json) {
			@Override
			String payloadJson(WardsMerged payload) {
				return "{this is not json";
			}
		};
		MergingWards merging = new MergingWards(this.mergers, broken, this.citizens, this.transaction, this.json, this.audit);

		StepVerifier.create(merging.merge(scenario.form())).expectError().verify();

		assertNothingWritten(scenario);
		StepVerifier.create(new MergingWards(this.mergers, this.events, this.citizens, this.transaction, this.json,
				this.audit)
			.merge(scenario.form())).assertNext(result -> {
				assertThat(result.created()).isTrue();
				assertThat(result.outcome().citizensMoved()).isEqualTo(1);
			}).verifyComplete();
		assertThat(count("select count(*) from audit_event where action = 'ward.merger' and target = :v", scenario.code()))
			.as("audited with the merger it records").isEqualTo(1);
	}

	private Scenario scenario() {
		String predecessor = WardFixtures.nextCode();
		String code = WardFixtures.nextCode();
		StepVerifier.create(WardFixtures.ward(this.db, predecessor, "Giao Dịch " + predecessor)).verifyComplete();
		String id = (String) this.client.post().uri("/citizens")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.officer(predecessor)))
			.bodyValue(citizen(predecessor)).exchange()
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
		Map<String, Object> body = WardFixtures.merger(code, "Giao Dịch Mới", ON, Map.of(predecessor, "full"));
		MergerForm form = this.json.convertValue(body, MergerForm.class);
		return new Scenario(predecessor, code, UUID.fromString(id), form);
	}

	private void assertNothingWritten(Scenario s) {
		assertThat(count("select count(*) from admin_unit where code = :v", s.code())).isZero();
		assertThat(count("select count(*) from admin_unit_link where predecessor_code = :v", s.predecessor())).isZero();
		assertThat(count("select count(*) from admin_unit where code = :v and effective_to is null", s.predecessor())).isEqualTo(1);
		assertThat(count("select count(*) from ward_merger where successor_code = :v", s.code())).isZero();
		assertThat(count("select count(*) from outbox_event where aggregate_type = 'Ward' and aggregate_id = :v", s.code())).isZero();
		assertThat(count("select count(*) from citizen where ward_code = :v and version = 1", s.predecessor())).isEqualTo(1);
		assertThat(count("select count(*) from citizen_history where citizen_id = cast(:v as uuid) and version > 1",
				s.citizen().toString())).isZero();
		assertThat(count("select count(*) from outbox_event where aggregate_id = :v", s.citizen().toString())).isEqualTo(1);
		assertThat(count("select count(*) from audit_event where action = 'ward.merger' and target = :v", s.code())).isZero();
	}

	private long count(String sql, String value) {
		return this.db.sql(sql).bind("v", value).map(row -> row.get(0, Long.class)).one().block();
	}

	/** A valid registration: a man born 1987, registered in Hà Nội, with a number no other test hands out. */
	static Map<String, Object> citizen(String wardCode) {
		String idNumber = "001087" + String.format("%06d", ID_NUMBERS.incrementAndGet());
		return Map.of("fullName", "Trần Văn Giao", "idNumber", idNumber, "dateOfBirth", "1987-03-04", "gender", "MALE",
				"address", Map.of("wardCode", wardCode), "preferences", Map.of("channel", "NONE", "consent", false));
	}

	private record Scenario(String predecessor, String code, UUID citizen, MergerForm form) {
	}

}
