package vn.onestop.notification.delivery;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import vn.onestop.support.security.Callers;
import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

@Tag(name = "Messages", description = "Every SMS and e-mail, its delivery state and its attempts")
@RestController
@RequestMapping(path = "/messages", produces = MediaType.APPLICATION_JSON_VALUE)
class MessageResource {

	static final int MAX_SIZE = 100;

	private final MessageRepository messages;

	MessageResource(MessageRepository messages) {
		this.messages = messages;
	}

	@Operation(summary = "List messages, newest first",
			description = "Recipients are masked. Officers and leaders only, of the wards their token names: without "
					+ "ward, messages of all of them; 403 for a ward they do not work in, and for every other role.")
	@GetMapping
	Mono<MessageViews.MessagePage> list(@Parameter(description = "Dossier code") @RequestParam(required = false) String dossier,
			@Parameter(description = "Ward code; one of the caller's wards") @RequestParam(required = false) String ward,
			@Parameter(description = "CREATED, SENDING, SENT, DELIVERED, TEMPORARY_FAILURE, PERMANENT_FAILURE or "
					+ "TECHNICAL_FAILURE") @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return Callers.current().flatMap(caller -> {
			Set<String> wards = MessageScope.wardsToList(caller, blankToNull(ward));
			MessageStatus wanted = status == null || status.isBlank() ? null : status(status);
			if (page < 0) {
				throw invalid("page", "must be 0 or more");
			}
			if (size < 1 || size > MAX_SIZE) {
				throw invalid("size", "must be from 1 to " + MAX_SIZE);
			}
			MessageRepository.Filter filter = new MessageRepository.Filter(wards, blankToNull(dossier), wanted);
			return this.messages.search(filter, page, size)
				.map(message -> MessageViews.MessageView.of(message, null))
				.collectList()
				.zipWith(this.messages.count(filter))
				.map(result -> new MessageViews.MessagePage(result.getT1(), page, size, result.getT2()));
		});
	}

	@Operation(summary = "Read a message with its attempts",
			description = "The recipient is masked. Officers and leaders of the message's ward only: a message of "
					+ "another ward is answered as missing (404); 403 for every other role.")
	@GetMapping("/{id}")
	Mono<MessageViews.MessageView> get(@PathVariable UUID id) {
		return Callers.current().flatMap(caller -> {
			MessageScope.readableWards(caller);
			return this.messages.find(id)
				.filter(message -> MessageScope.mayRead(caller, message))
				.switchIfEmpty(Mono.error(() -> new ProblemException(HttpStatus.NOT_FOUND, "message-not-found",
						"Message not found", "No message " + id + " exists.")))
				.flatMap(message -> this.messages.attempts(id)
					.collectList()
					.map(attempts -> MessageViews.MessageView.of(message, attempts)));
		});
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static MessageStatus status(String value) {
		try {
			return MessageStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("status", "must be one of " + List.of(MessageStatus.values()));
		}
	}

	private static ProblemException invalid(String field, String message) {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
				"Parameter '" + field + "' " + message + ".", List.of(new ProblemException.FieldError(field, message)));
	}

}
