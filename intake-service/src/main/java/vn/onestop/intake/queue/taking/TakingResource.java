package vn.onestop.intake.queue.taking;

import java.net.URI;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.intake.queue.QueueAccess;
import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.support.security.Callers;

@RestController
@Tag(name = "Walk-in queue")
class TakingResource {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final TakingTicket taking;

	TakingResource(TakingTicket taking) {
		this.taking = taking;
	}

	@PostMapping(path = "/queue/{ward}/tickets", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Take a ticket: the slip",
			description = "By the ward's ticket machine (KIOSK), an officer or leader of the ward on a citizen's "
					+ "behalf, or a signed-in citizen for today (403 for anyone else). The number is <prefix><3 digits> "
					+ "per ward, field and day, gap-free. 409 queue-unknown-field, queue-priority-group-not-served, "
					+ "queue-not-a-working-day, queue-field-closed or queue-cap-reached, the reason as detail. A phone "
					+ "needs smsConsent true (400). A retry with the same Idempotency-Key answers the same ticket; the "
					+ "same key with another request answers 422.")
	Mono<ResponseEntity<Slip>> take(@Parameter(description = "5-digit ward code", example = "20242") @PathVariable String ward,
			@RequestBody TakeRequest request,
			@Parameter(description = "1 to 200 visible ASCII characters, e.g. a UUID")
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
		return Mono.fromCallable(() -> QueueProblems.ward(ward))
			.then(Mono.defer(() -> idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,200}")
					? Mono.error(TakingProblems.invalidKey()) : Mono.empty()))
			.then(Callers.require(caller -> QueueAccess.mayTake(caller, ward)))
			.flatMap(caller -> this.taking.take(ward, request, Optional.ofNullable(idempotencyKey), caller))
			.map(slip -> ResponseEntity.created(URI.create("/queue/" + ward + "/tickets/" + slip.number())).body(slip));
	}

}
