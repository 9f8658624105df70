package vn.onestop.intake.queue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /queue/{ward}/tickets: the slip, gap-free numbers under concurrency, the cap, retries and the refusals. */
class TakingTicketTest extends IntakeContext {

	private final JsonMapper json = JsonMapper.builder().build();

	private String ward;

	@BeforeEach
	void aWardWithItsQueue() {
		this.ward = freshWard();
		setUp(QueueRequests.setup(100));
	}

	@Test
	void theSlipShowsTheNumberTheFieldThePeopleAheadTheEstimatedWaitAndTheTime() {
		Map<String, Object> first = slip(take(QueueRequests.kiosk(this.ward), QueueRequests.take("HO_TICH"), null), 201);
		assertThat(first).containsEntry("number", "A001")
			.containsEntry("ward", this.ward)
			.containsEntry("centerName", QueueRequests.CENTER)
			.containsEntry("field", "HO_TICH")
			.containsEntry("fieldName", "Hộ tịch")
			.containsEntry("peopleAhead", 0)
			.containsEntry("estimatedWaitMinutes", 0)
			.containsEntry("takenAt", "2026-10-26T02:30:00Z")
			.containsEntry("day", "2026-10-26")
			.containsEntry("status", "WAITING");
		take(QueueRequests.kiosk(this.ward), QueueRequests.take("HO_TICH"), null);
		take(QueueRequests.kiosk(this.ward), QueueRequests.take("DAT_DAI"), null);

		// two ahead in HO_TICH (DAT_DAI's ticket is not), 10 minutes each, one counter serves HO_TICH
		Map<String, Object> third = slip(take(QueueRequests.kiosk(this.ward), QueueRequests.take("HO_TICH"), null), 201);
		assertThat(third).containsEntry("number", "A003").containsEntry("peopleAhead", 2)
			.containsEntry("estimatedWaitMinutes", 20);
		// DAT_DAI: one ahead, 20 minutes, two counters serve it: 10 minutes
		assertThat(slip(take(QueueRequests.kiosk(this.ward), QueueRequests.take("DAT_DAI"), null), 201))
			.containsEntry("number", "DD002").containsEntry("peopleAhead", 1).containsEntry("estimatedWaitMinutes", 10);
	}

	@Test
	void theEstimateUsesTheMedianOfTodaysFinishedServicesOfTheField() {
		take(QueueRequests.kiosk(this.ward), QueueRequests.take("HO_TICH"), null);
		take(QueueRequests.kiosk(this.ward), QueueRequests.take("HO_TICH"), null);
		take(QueueRequests.kiosk(this.ward), QueueRequests.take("HO_TICH"), null);
		// A001 was served in 4 minutes, A002 in 6: the median is 5 minutes; A003 waits
		finish("A001", "2026-10-26T02:31:00Z", "2026-10-26T02:35:00Z");
		finish("A002", "2026-10-26T02:35:00Z", "2026-10-26T02:41:00Z");
		assertThat(slip(take(QueueRequests.kiosk(this.ward), QueueRequests.take("HO_TICH"), null), 201))
			.containsEntry("number", "A004").containsEntry("peopleAhead", 1).containsEntry("estimatedWaitMinutes", 5);
	}

	@Test
	void fiftyParallelTakesGetTheNumbersOneToFiftyEachOnce() throws Exception {
		List<String> numbers = parallelTakes(50, "HO_TICH").stream()
			.map(result -> (String) slip(result, 201).get("number"))
			.toList();
		assertThat(numbers).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50).mapToObj("A%03d"::formatted).toList());
		assertThat(storedSequences("A")).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
	}

	@Test
	void aCapOfNRefusesTheNPlusFirstWhileTheNumbersStayGapFree() throws Exception {
		setUp(QueueRequests.setup(20));
		List<EntityExchangeResult<String>> results = parallelTakes(25, "HO_TICH");
		assertThat(results.stream().filter(result -> result.getStatus().value() == 201)).hasSize(20);
		List<EntityExchangeResult<String>> refused = results.stream()
			.filter(result -> result.getStatus().value() != 201)
			.toList();
		assertThat(refused).hasSize(5).allSatisfy(result -> {
			assertThat(result.getStatus().value()).isEqualTo(409);
			Map<String, Object> problem = slip(result, 409);
			assertThat(problem.get("type")).isEqualTo("urn:onestop:problem:queue-cap-reached");
			assertThat((String) problem.get("detail")).contains("20");
		});
		assertThat(storedSequences("A")).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyGetsTheSameTicketAndAnotherRequestWithItIsRefused() {
		String key = UUID.randomUUID().toString();
		String kiosk = QueueRequests.kiosk(this.ward);
		Map<String, Object> first = slip(take(kiosk, QueueRequests.take("HO_TICH"), key), 201);
		Map<String, Object> again = slip(take(kiosk, QueueRequests.take("HO_TICH"), key), 201);
		assertThat(again).isEqualTo(first);
		assertThat(storedSequences("A")).containsExactly(1);
		assertThat(slip(take(kiosk, QueueRequests.take("DAT_DAI"), key), 422).get("type"))
			.isEqualTo("urn:onestop:problem:idempotency-key-reused");
		assertThat(slip(take(kiosk, QueueRequests.take("HO_TICH"), "bad key"), 400).get("type"))
			.isEqualTo("urn:onestop:problem:invalid-parameter");
	}

	@Test
	void concurrentRetriesWithOneKeyGiveOneNumber() throws Exception {
		String key = UUID.randomUUID().toString();
		String kiosk = QueueRequests.kiosk(this.ward);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<EntityExchangeResult<String>>> futures = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				futures.add(pool.submit(() -> take(kiosk, QueueRequests.take("HO_TICH"), key)));
			}
			for (Future<EntityExchangeResult<String>> future : futures) {
				assertThat(slip(future.get(), 201).get("number")).isEqualTo("A001");
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(storedSequences("A")).containsExactly(1);
	}

	@Test
	void refusalsNameTheModelsReason() {
		assertRefused(QueueRequests.take("CHUNG_THUC"), "queue-unknown-field");
		// DAT_DAI closes at 11:00 (tickets until then); HO_TICH goes on in the afternoon
		this.clock.set(LocalDateTime.of(2026, 10, 26, 11, 0));
		assertRefused(QueueRequests.take("DAT_DAI"), "queue-field-closed");
		this.clock.set(LocalDateTime.of(2026, 10, 26, 5, 59));
		assertRefused(QueueRequests.take("HO_TICH"), "queue-field-closed");
		// 2 September is the National Day holiday of the ward's calendar, a Wednesday
		this.clock.set(LocalDateTime.of(2026, 9, 2, 9, 0));
		assertRefused(QueueRequests.take("HO_TICH"), "queue-not-a-working-day");
		assertThat(storedSequences("A")).isEmpty();
		assertThat(storedSequences("DD")).isEmpty();
	}

	@Test
	void aPriorityGroupTheCenterDoesNotServeFirstIsRefused() {
		setUp(QueueRequests.setup(100).replace("\"counters\"", "\"priorityGroups\":[\"ELDERLY\"],\"counters\""));
		assertRefused("{\"field\":\"HO_TICH\",\"priority\":\"MERIT\"}", "queue-priority-group-not-served");
		assertThat(slip(take(QueueRequests.kiosk(this.ward), "{\"field\":\"HO_TICH\",\"priority\":\"ELDERLY\"}", null),
				201)).containsEntry("priority", "ELDERLY");
	}

	@Test
	void aPhoneIsKeptInTheNationalFormOnlyWithConsentAndNeverShown() {
		String kiosk = QueueRequests.kiosk(this.ward);
		Map<String, Object> problem = slip(take(kiosk, "{\"field\":\"HO_TICH\",\"phone\":\"0901234567\"}", null), 400);
		assertThat(problem.toString()).contains("smsConsent").doesNotContain("0901234567");
		assertThat(slip(take(kiosk, "{\"field\":\"HO_TICH\",\"phone\":\"12345\",\"smsConsent\":true}", null), 400)
			.toString()).contains("phone");
		assertThat(slip(take(kiosk, "{\"priority\":\"ELDERLY\"}", null), 400).toString()).contains("field");
		assertThat(slip(take(kiosk, "{\"field\":\"HO_TICH\",\"priority\":\"OLD\"}", null), 400).toString())
			.contains("priority");

		String slip = take(kiosk, "{\"field\":\"HO_TICH\",\"phone\":\"+84 901 234 567\",\"smsConsent\":true}", null)
			.getResponseBody();
		assertThat(slip).contains("A001").doesNotContain("901");
		assertThat(this.db.sql("select phone, sms_consent from queue_ticket where ward_code = :ward")
			.bind("ward", this.ward)
			.map(row -> row.get("phone", String.class) + " " + row.get("sms_consent", Boolean.class))
			.one()
			.block()).isEqualTo("0901234567 true");
		assertThat(this.client.get().uri("/queue/{ward}/tickets/A001", this.ward).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody()).contains("\"viaSms\":true")
			.doesNotContain("901");
	}

	@Test
	void anOfficerTakesOnACitizensBehalfAndACitizenOnlineForThemselves() {
		String citizen = TestTokens.citizen("048187000123");
		assertThat(slip(take(TestTokens.officer(this.ward), QueueRequests.take("HO_TICH"), null), 201))
			.containsEntry("number", "A001");
		assertThat(slip(take(citizen, QueueRequests.take("HO_TICH"), null), 201)).containsEntry("number", "A002")
			.containsEntry("peopleAhead", 1);
		assertThat(this.db.sql("select taken_via || ' ' || coalesce(citizen_pid, '-') as via from queue_ticket "
				+ "where ward_code = :ward order by sequence").bind("ward", this.ward)
			.map(row -> row.get("via", String.class)).all().collectList().block())
			.containsExactly("OFFICER -", "CITIZEN 048187000123");
		String mine = as(citizen).get().uri("/queue/{ward}/tickets/mine", this.ward).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(mine).contains("A002").doesNotContain("A001").doesNotContain("048187000123");
		assertThat(as(TestTokens.citizen("079190000001")).get().uri("/queue/{ward}/tickets/mine", this.ward).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).doesNotContain("A002");
	}

	@Test
	void aCitizenOnlineHoldsOneOpenTicketOfAFieldAtATime() {
		String citizen = TestTokens.citizen("048187000123");
		assertThat(slip(take(citizen, QueueRequests.take("HO_TICH"), null), 201)).containsEntry("number", "A001");
		Map<String, Object> refused = slip(take(citizen, QueueRequests.take("HO_TICH"), null), 409);
		assertThat(refused.get("type")).isEqualTo("urn:onestop:problem:queue-already-holding");
		assertThat((String) refused.get("detail")).contains("A001");
		// another field, or another citizen, is another ticket; the refused take gave no number away
		assertThat(slip(take(citizen, QueueRequests.take("DAT_DAI"), null), 201)).containsEntry("number", "DD001");
		assertThat(slip(take(TestTokens.citizen("079190000001"), QueueRequests.take("HO_TICH"), null), 201))
			.containsEntry("number", "A002");
		// once the first is served, the citizen may take the field again
		this.db.sql("update queue_ticket set status = 'DONE', outcome_kind = 'GUIDANCE' where ward_code = :ward "
				+ "and prefix = 'A' and sequence = 1").bind("ward", this.ward).then().block();
		assertThat(slip(take(citizen, QueueRequests.take("HO_TICH"), null), 201)).containsEntry("number", "A003");
	}

	@Test
	void aPrefixMovedToAnotherFieldDuringTheDayNeverGivesANumberTwice() {
		String kiosk = QueueRequests.kiosk(this.ward);
		take(kiosk, QueueRequests.take("HO_TICH"), null);
		take(kiosk, QueueRequests.take("HO_TICH"), null);
		// the leader swaps the prefixes at 10:00: DAT_DAI now prints A, HO_TICH prints DD
		setUp(QueueRequests.setup(100).replace("\"prefix\":\"A\"", "\"prefix\":\"X\"")
			.replace("\"prefix\":\"DD\"", "\"prefix\":\"A\"")
			.replace("\"prefix\":\"X\"", "\"prefix\":\"DD\""));
		assertThat(slip(take(kiosk, QueueRequests.take("DAT_DAI"), null), 201)).containsEntry("number", "A003")
			.containsEntry("field", "DAT_DAI");
		assertThat(slip(take(kiosk, QueueRequests.take("HO_TICH"), null), 201)).containsEntry("number", "DD001");
		assertThat(storedSequences("A")).containsExactly(1, 2, 3);
	}

	@Test
	void aWardWithoutAQueueAnswersNotSetUp() {
		String other = freshWard();
		as(QueueRequests.kiosk(other)).post().uri("/queue/{ward}/tickets", other)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(QueueRequests.take("HO_TICH")).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:queue-not-set-up");
		// the kiosk of another ward may not take here
		assertThat(slip(take(QueueRequests.kiosk(other), QueueRequests.take("HO_TICH"), null), 403).get("type"))
			.isEqualTo("urn:onestop:problem:forbidden");
	}

	private void assertRefused(String body, String kind) {
		EntityExchangeResult<String> result = take(QueueRequests.kiosk(this.ward), body, null);
		Map<String, Object> problem = slip(result, 409);
		assertThat(problem.get("type")).isEqualTo("urn:onestop:problem:" + kind);
		assertThat((String) problem.get("detail")).isNotBlank();
	}

	private void setUp(String body) {
		this.client.put().uri("/queue/{ward}/setup", this.ward).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange().expectStatus().isOk();
	}

	private EntityExchangeResult<String> take(String token, String body, String key) {
		WebTestClient.RequestBodySpec request = as(token).post().uri("/queue/{ward}/tickets", this.ward);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
			.expectBody(String.class).returnResult();
	}

	private Map<String, Object> slip(EntityExchangeResult<String> result, int status) {
		assertThat(result.getStatus().value()).as(result.getResponseBody()).isEqualTo(status);
		@SuppressWarnings("unchecked")
		Map<String, Object> read = this.json.readValue(result.getResponseBody(), Map.class);
		return read;
	}

	private List<EntityExchangeResult<String>> parallelTakes(int count, String field) throws Exception {
		String kiosk = QueueRequests.kiosk(this.ward);
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Callable<EntityExchangeResult<String>>> takes = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				takes.add(() -> take(kiosk, QueueRequests.take(field), null));
			}
			List<EntityExchangeResult<String>> results = new ArrayList<>();
			for (Future<EntityExchangeResult<String>> future : pool.invokeAll(takes)) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	private List<Integer> storedSequences(String prefix) {
		return this.db.sql("select sequence from queue_ticket where ward_code = :ward and prefix = :prefix order by sequence")
			.bind("ward", this.ward)
			.bind("prefix", prefix)
			.map(row -> row.get("sequence", Integer.class))
			.all()
			.collectList()
			.block();
	}

	/** Served by counter 1 from start to finish (what queue-serving's actions write). */
	private void finish(String number, String started, String finished) {
		this.db.sql("update queue_ticket set status = 'DONE', counter = 1, outcome_kind = 'GUIDANCE', "
				+ "called_at = cast(:started as timestamptz), started_at = cast(:started as timestamptz), "
				+ "finished_at = cast(:finished as timestamptz) where ward_code = :ward and prefix = :prefix "
				+ "and sequence = :sequence")
			.bind("started", started)
			.bind("finished", finished)
			.bind("ward", this.ward)
			.bind("prefix", number.replaceAll("\\d", ""))
			.bind("sequence", Integer.parseInt(number.replaceAll("\\D", "")))
			.then()
			.block();
	}

}
