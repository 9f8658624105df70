package vn.onestop.intake.queue.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.intake.calendar.WorkingCalendar;
import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.queue.model.CenterSetup;
import vn.onestop.intake.queue.model.Counter;
import vn.onestop.intake.queue.model.PriorityGroup;
import vn.onestop.intake.queue.model.TicketNumber;
import vn.onestop.intake.queue.persistence.SetupRepository;
import vn.onestop.intake.queue.persistence.StoredTicket;
import vn.onestop.intake.queue.persistence.TicketRepository;
import vn.onestop.support.security.test.TestTokens;

/**
 * The serving tests' center ({@link ServingFixtures}) on {@link IntakeContext#MONDAY_MORNING} (26 October 2026,
 * 09:30); the endpoints under test are called over HTTP.
 */
abstract class ServingContext extends IntakeContext {

	static final LocalDate DAY = MONDAY_MORNING.toLocalDate();

	static final String CENTER = "Phường Hải Châu";

	protected final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	protected SetupRepository setups;

	@Autowired
	protected TicketRepository tickets;

	static CenterSetup center(List<Counter> counters) {
		return ServingFixtures.center(counters);
	}

	static CenterSetup center() {
		return ServingFixtures.center();
	}

	/** A fresh ward with this set-up. */
	protected String wardWith(CenterSetup setup) {
		String ward = freshWard();
		this.setups.save(ward, CENTER, setup, "leader", MONDAY_MORNING.atZone(WorkingCalendar.ZONE).toInstant())
			.block();
		return ward;
	}

	protected static Instant at(String localTime) {
		return at(DAY, localTime);
	}

	protected static Instant at(LocalDate day, String localTime) {
		return LocalDateTime.of(day, LocalTime.parse(localTime)).atZone(WorkingCalendar.ZONE).toInstant();
	}

	protected StoredTicket take(String ward, String number, String field, String takenAt) {
		return take(ward, number, field, null, at(takenAt), null, 0, null);
	}

	protected StoredTicket take(String ward, String number, String field, PriorityGroup priority, Instant takenAt,
			String phone, int aheadWhenTaken, String citizenPid) {
		return ServingFixtures.take(this.tickets, ward, number, field, priority, takenAt, phone, aheadWhenTaken,
				citizenPid);
	}

	protected EntityExchangeResult<String> call(String ward, int counter) {
		return call(TestTokens.officer(ward), ward, counter);
	}

	protected EntityExchangeResult<String> call(String token, String ward, int counter) {
		return as(token).post()
			.uri("/queue/{ward}/counters/{counter}/call", ward, counter)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	protected EntityExchangeResult<String> act(String ward, String number, String action, String body) {
		return act(TestTokens.officer(ward), ward, number, action, body);
	}

	protected EntityExchangeResult<String> act(String token, String ward, String number, String action, String body) {
		var request = as(token).post().uri("/queue/{ward}/tickets/{number}/actions/{action}", ward, number, action);
		var ready = body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		return ready.exchange().expectBody(String.class).returnResult();
	}

	protected Map<?, ?> ok(EntityExchangeResult<String> result) {
		assertThat(result.getStatus().value()).as(describe(result)).isEqualTo(200);
		return read(result);
	}

	protected Map<?, ?> status(EntityExchangeResult<String> result, int expected) {
		assertThat(result.getStatus().value()).as(describe(result)).isEqualTo(expected);
		return body(result).isEmpty() ? Map.of() : read(result);
	}

	protected Map<?, ?> read(EntityExchangeResult<String> result) {
		return this.json.readValue(body(result), Map.class);
	}

	/** The history of a ticket as "FROM>TO ACTION counter actor detail" lines, oldest first. */
	protected List<String> history(String ward, String number) {
		TicketNumber parsed = TicketNumber.parse(number).orElseThrow();
		return this.db.sql("select h.from_status, h.to_status, h.action, h.counter, h.actor, h.detail from "
				+ "queue_ticket_history h join queue_ticket t on t.id = h.ticket_id where t.ward_code = :ward and "
				+ "t.prefix = :prefix and t.sequence = :sequence order by h.id")
			.bind("ward", ward)
			.bind("prefix", parsed.prefix())
			.bind("sequence", parsed.sequence())
			.map(row -> row.get("from_status", String.class) + ">" + row.get("to_status", String.class) + " "
					+ row.get("action", String.class) + " " + row.get("counter", Integer.class) + " "
					+ row.get("actor", String.class) + " " + row.get("detail", String.class))
			.all()
			.collectList()
			.block();
	}

	protected String statusOf(String ward, String number) {
		TicketNumber parsed = TicketNumber.parse(number).orElseThrow();
		return this.db.sql("select status from queue_ticket where ward_code = :ward and prefix = :prefix "
				+ "and sequence = :sequence")
			.bind("ward", ward)
			.bind("prefix", parsed.prefix())
			.bind("sequence", parsed.sequence())
			.map(row -> row.get("status", String.class))
			.one()
			.block();
	}

	protected static String body(EntityExchangeResult<String> result) {
		byte[] content = result.getResponseBodyContent();
		return content == null ? "" : new String(content, StandardCharsets.UTF_8);
	}

	protected static String describe(EntityExchangeResult<String> result) {
		return result.getMethod() + " " + result.getUrl() + " -> " + result.getStatus() + " " + body(result);
	}

}
