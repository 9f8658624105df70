package vn.onestop.intake.queue.serving;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.intake.queue.reading.TicketView;
import vn.onestop.support.security.Callers;

@RestController
@RequestMapping("/queue/{ward}")
@Tag(name = "Walk-in queue: serving", description = "Calling the next ticket to a counter and acting on tickets")
class ServingResource {

	private final CallingNextTicket calling;

	private final ActingOnTicket acting;

	private final ViewingTicket viewing;

	ServingResource(CallingNextTicket calling, ActingOnTicket acting, ViewingTicket viewing) {
		this.calling = calling;
		this.acting = acting;
		this.viewing = viewing;
	}

	@PostMapping("/counters/{counter}/call")
	@Operation(summary = "Call the next ticket to a counter (officers and leaders of the ward)",
			description = "The first waiting ticket of the counter's fields in the center's order (docs/queue.md); two "
					+ "counters calling at once never get the same ticket. 200 the called ticket; 204 when nobody waits; "
					+ "409 queue-counter-busy with the number the counter still holds in 'held'; 404 "
					+ "queue-unknown-counter or queue-not-set-up; 403 for another ward.")
	Mono<ResponseEntity<TicketView>> call(@Parameter(example = "20242") @PathVariable String ward,
			@Parameter(example = "3") @PathVariable String counter) {
		String checkedWard = QueueProblems.ward(ward);
		int number = counter(counter);
		return Callers.require(caller -> caller.worksIn(checkedWard))
			.flatMap(caller -> this.calling.call(checkedWard, number, caller))
			.flatMap(served -> this.viewing.view(served.setup(), served.ticket()))
			.map(ResponseEntity::ok)
			.defaultIfEmpty(ResponseEntity.noContent().build());
	}

	@PostMapping("/tickets/{number}/actions/{action}")
	@Operation(summary = "Act on a ticket of today: recall, no-show, reactivate, transfer, start, finish, cancel",
			description = "Officers and leaders of the ward act on any of its tickets; a citizen cancels the ticket "
					+ "they took online; anyone else gets 404. recall, no-show, start and finish name the acting "
					+ "'counter'; transfer names the 'field'; finish gives the 'outcome' (FILED with 'dossiers', or none "
					+ "to take those filed from the ticket; GUIDANCE; REFUSED with a 'reason'). 200 the ticket; 409 "
					+ "queue-not-allowed-now, queue-other-counter, queue-unknown-field, queue-same-field, "
					+ "queue-not-today or queue-ticket-changed (another action came first), each with allowedActions.")
	Mono<TicketView> act(@Parameter(example = "20242") @PathVariable String ward,
			@Parameter(example = "A012") @PathVariable String number,
			@Parameter(example = "recall") @PathVariable String action,
			@Valid @RequestBody(required = false) ActionRequest request) {
		String checkedWard = QueueProblems.ward(ward);
		ActionRequest body = request == null ? ActionRequest.empty() : request;
		return Callers.current()
			.flatMap(caller -> this.acting.act(checkedWard, number, action, body, caller))
			.flatMap(served -> this.viewing.view(served.setup(), served.ticket()));
	}

	private static int counter(String counter) {
		if (counter == null || !counter.matches("\\d{1,2}") || Integer.parseInt(counter) < 1) {
			throw QueueProblems.invalidParameter("counter", "must be a counter number from 1 to 99");
		}
		return Integer.parseInt(counter);
	}

}
