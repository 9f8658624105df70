package vn.onestop.support.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consumer's inbox as WireMock answers it ({@code withTransformers("inbox")}): a single event gets 202, a batch
 * 200 naming the events accepted (after the stub's fixed delay, if any, having recorded them at once). Events in {@link #refuse} are refused, and in a batch so are the later events
 * of their aggregates, as platform-support's inbox does. Remembers what it accepted, in order.
 */
final class FakeInbox implements ResponseDefinitionTransformerV2 {

	private static final JsonMapper json = new JsonMapper();

	final Set<String> refuse = ConcurrentHashMap.newKeySet();

	private final List<String> accepted = new ArrayList<>();

	@Override
	public String getName() {
		return "inbox";
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
		JsonNode body = json.readTree(serveEvent.getRequest().getBodyAsString());
		if (!body.isArray()) {
			String id = body.get("id").asString();
			if (this.refuse.contains(id)) {
				return new ResponseDefinitionBuilder().withStatus(500).build();
			}
			this.accepted.add(id);
			return new ResponseDefinitionBuilder().withStatus(202).build();
		}
		Set<String> held = new HashSet<>();
		List<String> ids = new ArrayList<>();
		for (JsonNode event : body) {
			String id = event.get("id").asString();
			String aggregate = event.get("aggregateType").asString() + "/" + event.get("aggregateId").asString();
			if (held.contains(aggregate) || this.refuse.contains(id)) {
				held.add(aggregate);
				continue;
			}
			ids.add(id);
		}
		this.accepted.addAll(ids);
		return new ResponseDefinitionBuilder().withStatus(200)
			.withFixedDelay(serveEvent.getResponseDefinition().getFixedDelayMilliseconds())
			.withHeader("Content-Type", "application/json")
			.withBody(json.writeValueAsString(java.util.Map.of("accepted", ids)))
			.build();
	}

	synchronized List<String> accepted() {
		return List.copyOf(this.accepted);
	}

	/** What an idempotent inbox records: each event accepted, once, in the order first accepted. */
	synchronized List<String> recorded() {
		return List.copyOf(new java.util.LinkedHashSet<>(this.accepted));
	}

	synchronized void reset() {
		this.accepted.clear();
		this.refuse.clear();
	}

}
