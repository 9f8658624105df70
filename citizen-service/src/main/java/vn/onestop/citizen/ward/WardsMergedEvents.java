package vn.onestop.citizen.ward;

import java.time.LocalDate;
import java.util.List;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import vn.onestop.support.outbox.Outbox;
import vn.onestop.support.outbox.OutboxEvent;

/** Announces a recorded merger as {@code WardsMerged} through the outbox, inside the merger's transaction. */
@Component
class WardsMergedEvents {

	static final String AGGREGATE_TYPE = "Ward";

	static final String EVENT_TYPE = "WardsMerged";

	private final Outbox outbox;

	private final JsonMapper json;

	WardsMergedEvents(Outbox outbox, JsonMapper json) {
		this.outbox = outbox;
		this.json = json;
	}

	Mono<Void> publish(MergerPlan plan) {
		Merger merger = plan.merger();
		return Mono.fromCallable(() -> payloadJson(new WardsMerged(
				new Successor(merger.code(), merger.name(), merger.fullName(), merger.provinceCode()), merger.effectiveOn(),
				plan.links().stream().map(l -> new Predecessor(l.predecessor().code(), l.partial())).toList())))
			.flatMap(payload -> this.outbox.append(OutboxEvent.of(AGGREGATE_TYPE, merger.code(), EVENT_TYPE, payload)))
			.then();
	}

	String payloadJson(WardsMerged payload) {
		return this.json.writeValueAsString(payload);
	}

	/** The event payload; {@code province} is the 2-digit province code. */
	record WardsMerged(Successor successor, LocalDate effectiveOn, List<Predecessor> predecessors) {
	}

	record Successor(String code, String name, String fullName, String province) {
	}

	record Predecessor(String code, boolean partial) {
	}

}
