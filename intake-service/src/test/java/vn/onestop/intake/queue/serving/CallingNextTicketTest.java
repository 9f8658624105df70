package vn.onestop.intake.queue.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.intake.queue.model.Counter;
import vn.onestop.intake.queue.model.PriorityGroup;
import vn.onestop.support.security.test.TestTokens;

/** Issue 16, line 3: "call next" over HTTP against the real database. */
class CallingNextTicketTest extends ServingContext {

	@Test
	void fourteenCountersCallingAtOnceEachGetOneTicketAndNeverTheSameOne() {
		List<Counter> counters = IntStream.rangeClosed(1, 14).mapToObj(n -> new Counter(n, Set.of("HO_TICH"))).toList();
		String ward = wardWith(center(counters));
		for (int i = 1; i <= 20; i++) {
			take(ward, "A%03d".formatted(i), "HO_TICH", "08:%02d".formatted(i));
		}
		String officer = TestTokens.officer(ward);

		List<EntityExchangeResult<String>> calls = Flux.range(1, 14)
			.flatMap(counter -> Flux.defer(() -> Flux.just(call(officer, ward, counter)))
				.subscribeOn(Schedulers.boundedElastic()), 14)
			.collectList()
			.block(Duration.ofSeconds(60));

		List<Object> numbers = new ArrayList<>();
		for (EntityExchangeResult<String> result : calls) {
			numbers.add(ok(result).get("number"));
		}
		assertThat(numbers).doesNotHaveDuplicates().hasSize(14);
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(
				IntStream.rangeClosed(1, 14).mapToObj("A%03d"::formatted).toList());
		assertThat(this.db.sql("select count(*) as n, count(distinct counter) as counters from queue_ticket "
				+ "where ward_code = :ward and status = 'CALLED'")
			.bind("ward", ward)
			.map(row -> row.get("n", Long.class) + "/" + row.get("counters", Long.class))
			.one()
			.block()).isEqualTo("14/14");
		assertThat(this.db.sql("select count(*) from queue_ticket_history h join queue_ticket t on t.id = h.ticket_id "
				+ "where t.ward_code = :ward and h.action = 'CALL'")
			.bind("ward", ward)
			.map(row -> row.get(0, Long.class))
			.one()
			.block()).isEqualTo(14L);
	}

	@Test
	void aCallTakesTheFirstWaitingTicketOfTheCountersFieldsInTheCentersOrderAndWritesItsHistory() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		take(ward, "B001", "DAT_DAI", "08:05");
		take(ward, "A002", "HO_TICH", "08:10");
		take(ward, "A003", "HO_TICH", PriorityGroup.ELDERLY, at("08:31"), null, 2, null);

		Map<?, ?> first = ok(call(ward, 4));
		assertThat(first.get("number")).isEqualTo("A001");
		assertThat(first.get("status")).isEqualTo("CALLED");
		assertThat(first.get("counter")).isEqualTo(4);
		assertThat(first.get("fieldName")).isEqualTo("Hộ tịch");
		assertThat(first.get("allowedActions")).isEqualTo(List.of("recall", "no-show", "transfer", "start", "cancel"));
		assertThat(first.get("calledAt")).isEqualTo("2026-10-26T02:30:00Z");
		assertThat(history(ward, "A001")).containsExactly("null>WAITING TAKE null kiosk null",
				"WAITING>CALLED CALL 4 officer-" + ward + " null");

		// the elderly citizen taken at 08:31 ranks as if taken at 08:01: after A001, ahead of B001 and A002
		assertThat(ok(call(ward, 1)).get("number")).isEqualTo("A003");
		assertThat(ok(call(ward, 2)).get("number")).isEqualTo("A002");
		assertThat(ok(call(ward, 3)).get("number")).isEqualTo("B001");
	}

	@Test
	void aCounterStillHoldingATicketIsBusyAndNobodyWaitingAnswersNoContent() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		take(ward, "A002", "HO_TICH", "08:01");

		ok(call(ward, 1));
		Map<?, ?> busy = status(call(ward, 1), 409);
		assertThat(busy.get("type")).isEqualTo("urn:onestop:problem:queue-counter-busy");
		assertThat(busy.get("held")).isEqualTo("A001");
		assertThat(statusOf(ward, "A002")).isEqualTo("WAITING");

		ok(call(ward, 2));
		EntityExchangeResult<String> nobody = call(ward, 4);
		assertThat(nobody.getStatus().value()).isEqualTo(204);
		assertThat(body(nobody)).isEmpty();
	}

	@Test
	void anUnknownCounterAWardWithoutQueueAndABadCounterAreRefused() {
		String ward = wardWith(center());
		assertThat(status(call(ward, 9), 404).get("type")).isEqualTo("urn:onestop:problem:queue-unknown-counter");
		String bare = freshWard();
		assertThat(status(call(bare, 1), 404).get("type")).isEqualTo("urn:onestop:problem:queue-not-set-up");
		Map<?, ?> zero = status(as(TestTokens.officer(ward)).post().uri("/queue/{ward}/counters/0/call", ward)
			.exchange().expectBody(String.class).returnResult(), 400);
		assertThat(zero.get("type")).isEqualTo("urn:onestop:problem:invalid-parameter");
	}

}
