package vn.onestop.intake.queue.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import vn.onestop.support.security.test.TestTokens;

/** Issue 16, line 3: each action on a ticket over HTTP, its refusals and its history, against the real database. */
class TicketActionsTest extends ServingContext {

	@Test
	void recallsUpToTheLimitThenTheTicketIsANoShowAndComesBackTheSameDayWithItsArrival() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		take(ward, "A002", "HO_TICH", "08:10");
		ok(call(ward, 1));

		Map<?, ?> once = ok(act(ward, "A001", "recall", "{\"counter\":1}"));
		assertThat(once.get("status")).isEqualTo("CALLED");
		assertThat(once.get("recalls")).isEqualTo(1);
		assertThat(ok(act(ward, "A001", "recall", "{\"counter\":1}")).get("recalls")).isEqualTo(2);
		Map<?, ?> noShow = ok(act(ward, "A001", "recall", "{\"counter\":1}"));
		assertThat(noShow.get("status")).isEqualTo("NO_SHOW");
		assertThat(noShow.get("allowedActions")).isEqualTo(List.of("reactivate"));

		Map<?, ?> back = ok(act(ward, "A001", "reactivate", null));
		assertThat(back.get("status")).isEqualTo("WAITING");
		assertThat(back.get("takenAt")).isEqualTo("2026-10-26T01:00:00Z");
		assertThat(back.get("peopleAhead")).isEqualTo(0);
		assertThat(back.get("counter")).isNull();
		assertThat(ok(call(ward, 2)).get("number")).as("back at its place, before A002").isEqualTo("A001");

		String officer = "officer-" + ward;
		assertThat(history(ward, "A001")).containsExactly("null>WAITING TAKE null kiosk null",
				"WAITING>CALLED CALL 1 " + officer + " null", "CALLED>CALLED RECALL 1 " + officer + " recall 1 of 2",
				"CALLED>CALLED RECALL 1 " + officer + " recall 2 of 2",
				"CALLED>NO_SHOW NO_SHOW 1 " + officer + " recall limit 2 reached",
				"NO_SHOW>WAITING REACTIVATE null " + officer + " null", "WAITING>CALLED CALL 2 " + officer + " null");
	}

	@Test
	void onlyTheCounterThatCalledActsAndAnActionTheStatusDoesNotAllowIsRefusedWithTheAllowedOnes() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");

		Map<?, ?> notYet = status(act(ward, "A001", "start", "{\"counter\":1}"), 409);
		assertThat(notYet.get("type")).isEqualTo("urn:onestop:problem:queue-not-allowed-now");
		assertThat(notYet.get("allowedActions")).isEqualTo(List.of("transfer", "cancel"));

		ok(call(ward, 1));
		Map<?, ?> other = status(act(ward, "A001", "no-show", "{\"counter\":2}"), 409);
		assertThat(other.get("type")).isEqualTo("urn:onestop:problem:queue-other-counter");
		assertThat(other.get("allowedActions")).isEqualTo(List.of("recall", "no-show", "transfer", "start", "cancel"));

		Map<?, ?> noCounter = status(act(ward, "A001", "start", "{}"), 400);
		assertThat(noCounter.get("errors")).isEqualTo(
				List.of(Map.of("field", "counter", "message", "must name the counter acting on the ticket")));
		assertThat(status(act(ward, "A001", "jump", "{}"), 404).get("type")).isEqualTo("urn:onestop:problem:not-found");
		assertThat(status(act(ward, "A999", "start", "{\"counter\":1}"), 404).get("type"))
			.isEqualTo("urn:onestop:problem:queue-ticket-not-found");

		Map<?, ?> noShow = ok(act(ward, "A001", "no-show", "{\"counter\":1}"));
		assertThat(noShow.get("status")).isEqualTo("NO_SHOW");
		assertThat(history(ward, "A001")).hasSize(3).last().asString().startsWith("CALLED>NO_SHOW NO_SHOW 1");
	}

	@Test
	void aStartedTicketFinishesWithGuidanceOrRefusedWithAReason() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		take(ward, "A002", "HO_TICH", "08:01");
		ok(call(ward, 1));
		ok(call(ward, 2));
		Map<?, ?> started = ok(act(ward, "A001", "start", "{\"counter\":1}"));
		assertThat(started.get("status")).isEqualTo("SERVING");
		assertThat(started.get("startedAt")).isEqualTo("2026-10-26T02:30:00Z");
		assertThat(started.get("allowedActions")).isEqualTo(List.of("transfer", "finish"));
		ok(act(ward, "A002", "start", "{\"counter\":2}"));

		this.clock.set(MONDAY_MORNING.plusMinutes(12));
		Map<?, ?> guided = ok(act(ward, "A001", "finish", "{\"counter\":1,\"outcome\":\"GUIDANCE\"}"));
		assertThat(guided.get("status")).isEqualTo("DONE");
		assertThat(guided.get("outcome")).isEqualTo(Map.of("kind", "GUIDANCE"));
		assertThat(guided.get("finishedAt")).isEqualTo("2026-10-26T02:42:00Z");
		assertThat(guided.get("allowedActions")).isEqualTo(List.of());

		Map<?, ?> noReason = status(act(ward, "A002", "finish", "{\"counter\":2,\"outcome\":\"REFUSED\"}"), 400);
		assertThat(noReason.get("errors"))
			.isEqualTo(List.of(Map.of("field", "reason", "message", "must give why, in 1 to 500 characters")));
		Map<?, ?> refused = ok(act(ward, "A002", "finish",
				"{\"counter\":2,\"outcome\":\"REFUSED\",\"reason\":\"Thủ tục thuộc cấp tỉnh\"}"));
		assertThat(refused.get("outcome")).isEqualTo(Map.of("kind", "REFUSED", "reason", "Thủ tục thuộc cấp tỉnh"));
		assertThat(history(ward, "A002")).last().isEqualTo(
				"SERVING>DONE FINISH 2 officer-" + ward + " REFUSED Thủ tục thuộc cấp tỉnh");
		assertThat(status(act(ward, "A001", "finish", "{\"counter\":1,\"outcome\":\"GUIDANCE\"}"), 409).get("type"))
			.isEqualTo("urn:onestop:problem:queue-not-allowed-now");
	}

	@Test
	void aFiledFinishNeedsDossiersOfTheWard() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		ok(call(ward, 1));
		ok(act(ward, "A001", "start", "{\"counter\":1}"));

		Map<?, ?> none = status(act(ward, "A001", "finish", "{\"counter\":1,\"outcome\":\"FILED\"}"), 400);
		assertThat(none.get("errors").toString()).contains("dossiers", "no dossier was filed from this ticket");
		Map<?, ?> unknown = status(act(ward, "A001", "finish",
				"{\"counter\":1,\"outcome\":\"FILED\",\"dossiers\":[\"000.00.06.H56-261026-9999\"]}"), 400);
		assertThat(unknown.get("errors")).isEqualTo(
				List.of(Map.of("field", "dossiers[0]", "message", "is not a dossier of this ward")));
		assertThat(statusOf(ward, "A001")).isEqualTo("SERVING");
	}

	@Test
	void aTransferredTicketKeepsItsPlaceByArrivalInItsNewField() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		take(ward, "B001", "DAT_DAI", "08:10");
		take(ward, "B002", "DAT_DAI", "08:20");
		ok(call(ward, 1));

		Map<?, ?> moved = ok(act(ward, "A001", "transfer", "{\"counter\":1,\"field\":\"DAT_DAI\"}"));
		assertThat(moved.get("number")).isEqualTo("A001");
		assertThat(moved.get("field")).isEqualTo("DAT_DAI");
		assertThat(moved.get("status")).isEqualTo("WAITING");
		assertThat(moved.get("peopleAhead")).isEqualTo(0);
		assertThat(moved.get("takenAt")).isEqualTo("2026-10-26T01:00:00Z");
		assertThat(ok(call(ward, 3)).get("number")).isEqualTo("A001");
		assertThat(history(ward, "A001")).last().isEqualTo(
				"WAITING>CALLED CALL 3 officer-" + ward + " null");
		assertThat(history(ward, "A001")).contains("CALLED>WAITING TRANSFER 1 officer-" + ward + " HO_TICH -> DAT_DAI");

		assertThat(status(act(ward, "B001", "transfer", "{\"field\":\"DAT_DAI\"}"), 409).get("type"))
			.isEqualTo("urn:onestop:problem:queue-same-field");
		assertThat(status(act(ward, "B001", "transfer", "{\"field\":\"CHUNG_THUC\"}"), 409).get("type"))
			.isEqualTo("urn:onestop:problem:queue-unknown-field");
	}

	@Test
	void aCitizenCancelsTheirOwnOnlineTicketOnly() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", null, at("08:00"), null, 0, "079090001234");
		String own = TestTokens.citizen("079090001234");
		String other = TestTokens.citizen("079090009999");

		EntityExchangeResult<String> missing = act(other, ward, "A002", "cancel", null);
		assertThat(withoutInstance(act(other, ward, "A001", "cancel", null))).isEqualTo(withoutInstance(missing));
		assertThat(status(act(TestTokens.officer(freshWard()), ward, "A001", "cancel", null), 404).get("type"))
			.isEqualTo("urn:onestop:problem:queue-ticket-not-found");
		assertThat(status(act(own, ward, "A001", "transfer", "{\"field\":\"DAT_DAI\"}"), 403).get("type"))
			.isEqualTo("urn:onestop:problem:forbidden");

		Map<?, ?> cancelled = ok(act(own, ward, "A001", "cancel", null));
		assertThat(cancelled.get("status")).isEqualTo("CANCELLED");
		assertThat(history(ward, "A001")).last().isEqualTo("WAITING>CANCELLED CANCEL null citizen-1234 null");
	}

	@Test
	void twoClicksAtOnceDoNotBothApply() {
		String ward = wardWith(center());
		take(ward, "A001", "HO_TICH", "08:00");
		ok(call(ward, 1));
		String officer = TestTokens.officer(ward);

		List<Integer> statuses = Flux.range(0, 2)
			.flatMap(i -> Flux.defer(() -> Flux.just(act(officer, ward, "A001", "recall", "{\"counter\":1}")))
				.subscribeOn(Schedulers.boundedElastic()), 2)
			.map(result -> result.getStatus().value())
			.collectList()
			.block(Duration.ofSeconds(30));

		long recalls = history(ward, "A001").stream().filter(line -> line.contains(" RECALL ")).count();
		assertThat(this.db.sql("select recalls from queue_ticket where ward_code = :ward")
			.bind("ward", ward).map(row -> row.get(0, Integer.class)).one().block()).isEqualTo((int) recalls);
		assertThat(statuses).contains(200);
		if (statuses.contains(409)) {
			assertThat(recalls).isEqualTo(1);
		}
		else {
			assertThat(recalls).as("applied one after the other, each on what the other left").isEqualTo(2);
		}
	}

	@Test
	void aChangeDecidedOnAStaleReadIsNotWritten() {
		String ward = wardWith(center());
		var stale = take(ward, "A001", "HO_TICH", "08:00");
		ok(call(ward, 1));
		var cancelled = stale.with(new vn.onestop.intake.queue.model.Ticket(stale.ticket().day(), stale.ticket().number(),
				"HO_TICH", null, stale.ticket().takenAt(), vn.onestop.intake.queue.model.TicketStatus.CANCELLED, null, 0,
				null), null, null, null, at("09:31"));

		assertThat(this.serving.changeIfUnchanged(stale, cancelled).block()).isFalse();
		assertThat(statusOf(ward, "A001")).isEqualTo("CALLED");
	}

	@org.springframework.beans.factory.annotation.Autowired
	private ServingRepository serving;

	private Map<?, ?> withoutInstance(EntityExchangeResult<String> result) {
		Map<Object, Object> problem = new java.util.LinkedHashMap<>(status(result, 404));
		problem.remove("instance");
		problem.remove("requestId");
		return problem;
	}

}
