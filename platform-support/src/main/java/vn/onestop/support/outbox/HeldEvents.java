package vn.onestop.support.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events a consumer refused one by one (while accepting others in the same request), each held back for its
 * own {@link Backoff}: the claim skips them, and with them the later events of their aggregates, so the rest of
 * the outbox flows meanwhile. In memory: a restarted instance simply tries them again at once.
 */
final class HeldEvents {

	private final Backoff backoff;

	private final Map<UUID, Held> held = new ConcurrentHashMap<>();

	HeldEvents(Backoff backoff) {
		this.backoff = backoff;
	}

	/** The events still held at this instant; forgets those whose hold ended long ago (published elsewhere since). */
	List<UUID> heldAt(Instant now) {
		Instant forgotten = now.minus(this.backoff.max());
		this.held.values().removeIf(hold -> hold.until().isBefore(forgotten));
		return this.held.entrySet().stream().filter(entry -> entry.getValue().until().isAfter(now)).map(Map.Entry::getKey).toList();
	}

	void refused(Collection<UUID> ids, Instant now) {
		for (UUID id : ids) {
			this.held.compute(id, (key, previous) -> {
				int failures = previous == null ? 1 : previous.failures() + 1;
				return new Held(failures, now.plus(this.backoff.delayAfter(failures)));
			});
		}
	}

	void accepted(Collection<UUID> ids) {
		if (!this.held.isEmpty()) {
			ids.forEach(this.held::remove);
		}
	}

	private record Held(int failures, Instant until) {
	}

}
