package vn.onestop.intake.queue.serving;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;

/**
 * A 409 about a ticket or a counter, with what the caller needs to go on: the ticket's {@code allowedActions}, or the
 * number a busy counter still {@code held}.
 */
class QueueConflict extends ProblemException {

	private final Map<String, Object> properties;

	QueueConflict(String kind, String title, String detail, Map<String, Object> properties) {
		super(HttpStatus.CONFLICT, kind, title, detail);
		this.properties = new LinkedHashMap<>(properties);
	}

	Map<String, Object> properties() {
		return Map.copyOf(this.properties);
	}

}
