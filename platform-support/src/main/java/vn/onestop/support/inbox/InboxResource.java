package vn.onestop.support.inbox;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * Where the producers' outbox relays deliver events. Service-to-service only: the gateway does not
 * route {@code /internal/**}. One event (a JSON object): 202 for a new event and for one already
 * received, so a relay that delivers twice is simply told yes twice. Several (a JSON array, in the order
 * they occurred): 200 with {@link ReceivedEvents}, naming each event recorded now or before as accepted.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
public class InboxResource {

	private final ReceivingEvents receiving;

	private final ReadingEvents reading;

	InboxResource(ReceivingEvents receiving, ReadingEvents reading) {
		this.receiving = receiving;
		this.reading = reading;
	}

	@PostMapping(path = "/internal/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	public Mono<ResponseEntity<ReceivedEvents>> receive(@RequestBody JsonNode body) {
		if (body.isArray()) {
			ReadingEvents.Batch batch = this.reading.all(body);
			return this.receiving.receiveAll(batch.events())
				.map(received -> ResponseEntity.ok(received.plus(new ReceivedEvents(java.util.List.of(), batch.refused()))));
		}
		return Mono.fromSupplier(() -> this.reading.one(body))
			.flatMap(this.receiving::receive)
			.thenReturn(ResponseEntity.accepted().build());
	}

}
