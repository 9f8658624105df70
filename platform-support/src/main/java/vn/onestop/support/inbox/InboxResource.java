package vn.onestop.support.inbox;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * Where the producers' outbox relays deliver events. Service-to-service only: the gateway does not
 * route {@code /internal/**}. 202 for a new event and for one already received, so a relay that
 * delivers twice is simply told yes twice.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
public class InboxResource {

	private final ReceivingEvents receiving;

	public InboxResource(ReceivingEvents receiving) {
		this.receiving = receiving;
	}

	@PostMapping(path = "/internal/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	public Mono<Void> receive(@Valid @RequestBody IncomingEvent event) {
		return this.receiving.receive(event).then();
	}

}
