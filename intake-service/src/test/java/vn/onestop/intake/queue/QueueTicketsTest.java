package vn.onestop.intake.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /queue/{ward}/tickets, …/tickets/{number} and the public board: what officers and the display see. */
class QueueTicketsTest extends IntakeContext {

	private static final LocalDate DAY = LocalDate.of(2026, 10, 26);

	private final JsonMapper json = JsonMapper.builder().build();

	private String ward;

	private QueueRows rows;

	@BeforeEach
	void aWardWithThreeTickets() {
		this.ward = freshWard();
		this.rows = new QueueRows(this.db);
		this.clock.set(LocalDateTime.of(2026, 10, 26, 8, 0));
		this.client.put().uri("/queue/{ward}/setup", this.ward).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(QueueRequests.setup(100)).exchange().expectStatus().isOk();
		take("{\"field\":\"HO_TICH\",\"phone\":\"0901234567\",\"smsConsent\":true}", 9, 0);
		take("{\"field\":\"HO_TICH\",\"priority\":\"ELDERLY\"}", 9, 1);
		take(QueueRequests.take("DAT_DAI"), 9, 2);
		take(QueueRequests.take("HO_TICH"), 9, 3);
	}

	@Test
	void waitingTicketsComeInTheOrderTheyWillBeCalledWithThePeopleAheadAndTheActionsTheirStatusAllows() {
		this.rows.call(this.ward, DAY, "A003", 1, at(9, 5), false);
		List<Map<String, Object>> waiting = tickets("?status=WAITING");
		// BALANCED: the elderly citizen's A002, taken a minute after A001, goes first; DD001 and A001 come by arrival
		assertThat(waiting).extracting(ticket -> ticket.get("number")).containsExactly("A002", "A001", "DD001");
		assertThat(waiting).extracting(ticket -> ticket.get("peopleAhead")).containsExactly(0, 1, 0);
		assertThat(waiting.get(0)).containsEntry("priority", "ELDERLY").containsEntry("fieldName", "Hộ tịch")
			.containsEntry("allowedActions", List.of("transfer", "cancel"))
			.containsEntry("viaSms", false)
			.containsEntry("outcome", null);
		assertThat(waiting.get(1)).containsEntry("viaSms", true);

		Map<String, Object> called = tickets("?status=CALLED").get(0);
		assertThat(called).containsEntry("number", "A003").containsEntry("counter", 1)
			.containsEntry("calledAt", "2026-10-26T02:05:00Z").containsEntry("peopleAhead", null)
			.containsEntry("allowedActions", List.of("recall", "no-show", "transfer", "start", "cancel"));
		assertThat(tickets("?field=DAT_DAI")).extracting(ticket -> ticket.get("number")).containsExactly("DD001");
		assertThat(tickets("")).hasSize(4);
		assertThat(tickets("?status=WAITING,CALLED")).hasSize(4);
		this.client.get().uri("/queue/{ward}/tickets?status=ASLEEP", this.ward).exchange()
			.expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
	}

	@Test
	void oneTicketComesWithItsHistoryAndNeverWithAPhone() {
		String body = this.client.get().uri("/queue/{ward}/tickets/A001", this.ward).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(body).doesNotContain("0901234567").doesNotContain("901234567");
		Map<?, ?> ticket = this.json.readValue(body, Map.class);
		assertThat((List<?>) ticket.get("history")).hasSize(1);
		Map<?, ?> taking = (Map<?, ?>) ((List<?>) ticket.get("history")).get(0);
		assertThat(taking.get("from")).isNull();
		assertThat(taking.get("to")).isEqualTo("WAITING");
		assertThat(taking.get("action")).isEqualTo("TAKE");
		assertThat(taking.get("by")).isEqualTo("kiosk-" + this.ward);
		assertThat(taking.get("at")).isEqualTo("2026-10-26T02:00:00Z");

		this.client.get().uri("/queue/{ward}/tickets/Z999", this.ward).exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:queue-ticket-not-found");
		this.client.get().uri("/queue/{ward}/tickets/A0001", this.ward).exchange().expectStatus().isNotFound();
		// the list of a later day no longer has it
		this.clock.set(LocalDateTime.of(2026, 10, 27, 9, 0));
		this.client.get().uri("/queue/{ward}/tickets/A001", this.ward).exchange().expectStatus().isNotFound();
		assertThat(tickets("")).isEmpty();
	}

	@Test
	void theBoardShowsTheLastTenCallsNewestFirstAndTheWaitingPerFieldWithoutPersonalData() {
		this.rows.call(this.ward, DAY, "A001", 1, at(9, 10), false);
		this.rows.call(this.ward, DAY, "DD001", 2, at(9, 11), false);
		this.rows.call(this.ward, DAY, "A001", 1, at(9, 12), true);
		for (int i = 0; i < 9; i++) {
			this.rows.call(this.ward, DAY, "DD001", 2, at(9, 13 + i), true);
		}
		String body = anonymous().get().uri("/queue/{ward}/board", this.ward).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(body).doesNotContain("0901234567").doesNotContain("901234567").doesNotContain("kiosk-")
			.doesNotContain("ELDERLY");
		Map<?, ?> board = this.json.readValue(body, Map.class);
		assertThat(board.get("ward")).isEqualTo(this.ward);
		assertThat(board.get("centerName")).isEqualTo(QueueRequests.CENTER);
		assertThat(board.get("day")).isEqualTo("2026-10-26");
		assertThat(board.get("updatedAt")).isEqualTo("2026-10-26T02:21:00Z");
		List<?> calls = (List<?>) board.get("lastCalls");
		assertThat(calls).hasSize(10);
		assertThat(calls.get(0)).isEqualTo(Map.of("number", "DD001", "counter", 2, "at", "2026-10-26T02:21:00Z"));
		assertThat(calls.get(9)).isEqualTo(Map.of("number", "A001", "counter", 1, "at", "2026-10-26T02:12:00Z"));
		assertThat(board.get("waiting")).isEqualTo(List.of(
				Map.of("field", "HO_TICH", "fieldName", "Hộ tịch", "prefix", "A", "waiting", 2),
				Map.of("field", "DAT_DAI", "fieldName", "Đất đai", "prefix", "DD", "waiting", 0)));

		anonymous().get().uri("/queue/{ward}/board", freshWard()).exchange().expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:onestop:problem:queue-not-set-up");
		anonymous().get().uri("/queue/{ward}/board", "2024").exchange().expectStatus().isBadRequest();
	}

	private void take(String body, int hour, int minute) {
		this.clock.set(LocalDateTime.of(2026, 10, 26, hour, minute));
		as(QueueRequests.kiosk(this.ward)).post().uri("/queue/{ward}/tickets", this.ward)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> tickets(String query) {
		Map<String, Object> list = this.json.readValue(as(TestTokens.officer(this.ward)).get()
			.uri("/queue/" + this.ward + "/tickets" + query).exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody(), Map.class);
		return (List<Map<String, Object>>) list.get("tickets");
	}

	private static Instant at(int hour, int minute) {
		return LocalDateTime.of(2026, 10, 26, hour, minute).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
	}

}
