package vn.onestop.notification.delivery;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@Tag(name = "Receipts", description = "Delivery receipts from SMS providers")
@RestController
class ReceiptResource {

	private final RecordingReceipt recordingReceipt;

	private final ReceiptSecret secret;

	ReceiptResource(RecordingReceipt recordingReceipt, ReceiptSecret secret) {
		this.recordingReceipt = recordingReceipt;
		this.secret = secret;
	}

	@Operation(summary = "Record a provider's delivery receipt",
			description = "messageId is the provider's id returned when the SMS was accepted; reference (optional) is "
					+ "the client reference we sent with the SMS (our message id), which finds a message whose "
					+ "answer never came (UNKNOWN). DELIVERED makes a SENT or UNKNOWN message DELIVERED, FAILED makes "
					+ "it PERMANENT_FAILURE; repeating a receipt is harmless. "
					+ "404 for an unknown provider or message, 409 when the message is in another final state. "
					+ "No access token: the provider proves itself with the shared secret in X-Receipt-Token; "
					+ "401 without it (and always while none is configured).")
	@PostMapping(path = "/receipts/{provider}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ReceiptResponse> receive(@PathVariable String provider,
			@RequestHeader(name = ReceiptSecret.HEADER, required = false) String token,
			@Valid @RequestBody Mono<ReceiptRequest> receipt) {
		if (!this.secret.admits(token)) {
			return Mono.error(ReceiptSecret.refused());
		}
		return receipt.flatMap(body -> this.recordingReceipt
			.record(provider, body.messageId(), body.reference(), body.status() == ReceiptRequest.Outcome.DELIVERED))
			.map(message -> new ReceiptResponse(message.id(), message.status()));
	}

	record ReceiptRequest(@NotBlank @Size(max = 200) String messageId, @NotNull Outcome status,
			@Size(max = 200) String reference) {

		enum Outcome {

			DELIVERED, FAILED

		}

	}

	record ReceiptResponse(UUID messageId, MessageStatus status) {
	}

}
