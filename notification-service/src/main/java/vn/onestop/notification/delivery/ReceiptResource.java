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
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@Tag(name = "Receipts", description = "Delivery receipts from SMS providers")
@RestController
class ReceiptResource {

	private final RecordingReceipt recordingReceipt;

	ReceiptResource(RecordingReceipt recordingReceipt) {
		this.recordingReceipt = recordingReceipt;
	}

	@Operation(summary = "Record a provider's delivery receipt",
			description = "messageId is the provider's id returned when the SMS was accepted. DELIVERED makes a SENT "
					+ "message DELIVERED, FAILED makes it PERMANENT_FAILURE; repeating a receipt is harmless. "
					+ "404 for an unknown provider or message, 409 when the message is in another final state.")
	@PostMapping(path = "/receipts/{provider}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ReceiptResponse> receive(@PathVariable String provider, @Valid @RequestBody ReceiptRequest receipt) {
		return this.recordingReceipt
			.record(provider, receipt.messageId(), receipt.status() == ReceiptRequest.Outcome.DELIVERED)
			.map(message -> new ReceiptResponse(message.id(), message.status()));
	}

	record ReceiptRequest(@NotBlank @Size(max = 200) String messageId, @NotNull Outcome status) {

		enum Outcome {

			DELIVERED, FAILED

		}

	}

	record ReceiptResponse(UUID messageId, MessageStatus status) {
	}

}
