package vn.onestop.intake.queue.reading;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.intake.queue.QueueAccess;
import vn.onestop.intake.queue.QueueProblems;
import vn.onestop.support.security.Callers;
import vn.onestop.support.security.Role;

@RestController
@RequestMapping("/queue/{ward}")
@Tag(name = "Walk-in queue")
class TicketsResource {

	private final ReadingTickets reading;

	private final ReadingBoard board;

	TicketsResource(ReadingTickets reading, ReadingBoard board) {
		this.reading = reading;
		this.board = board;
	}

	@GetMapping("/tickets")
	@Operation(summary = "Today's tickets of a ward",
			description = "For the ward's officers and leaders (403 for anyone else, and for another ward). Waiting "
					+ "tickets first in the order they will be called, then the others by number. Never a phone number.")
	Mono<TicketList> list(@Parameter(description = "5-digit ward code", example = "20242") @PathVariable String ward,
			@Parameter(description = "Statuses separated by commas; default all", example = "WAITING,CALLED")
			@RequestParam(required = false) String status,
			@Parameter(description = "A field code; default all", example = "HO_TICH")
			@RequestParam(required = false) String field) {
		return Mono.fromCallable(() -> QueueProblems.ward(ward))
			.then(Callers.require(caller -> QueueAccess.mayList(caller, ward)))
			.then(Mono.defer(() -> this.reading.list(ward, status, field)));
	}

	@GetMapping("/tickets/mine")
	@Operation(summary = "The signed-in citizen's own tickets of today in this ward",
			description = "Citizens only (403 for anyone else): the tickets they took online, with the people ahead.")
	Mono<TicketList> mine(@Parameter(description = "5-digit ward code", example = "20242") @PathVariable String ward) {
		return Mono.fromCallable(() -> QueueProblems.ward(ward))
			.then(Callers.require(caller -> caller.has(Role.CITIZEN) && caller.personalId() != null))
			.flatMap(caller -> this.reading.mine(ward, caller.personalId()));
	}

	@GetMapping("/tickets/{number}")
	@Operation(summary = "One of today's tickets with its history",
			description = "For the ward's officers and leaders; anyone else, and a number not given today, gets 404.")
	Mono<TicketView> one(@Parameter(description = "5-digit ward code", example = "20242") @PathVariable String ward,
			@Parameter(description = "The number on the slip", example = "A012") @PathVariable String number) {
		return Mono.fromCallable(() -> QueueProblems.ward(ward))
			.then(Callers.current())
			.filter(caller -> QueueAccess.mayList(caller, ward))
			.switchIfEmpty(Mono.error(QueueProblems::ticketNotFound))
			.then(Mono.defer(() -> this.reading.one(ward, number)));
	}

	@GetMapping("/board")
	@Operation(summary = "The waiting-room display's data (public)",
			description = "No token needed, no personal data: the center's name, the last calls (number and counter, "
					+ "newest first, at most 10) and how many wait per field. 404 queue-not-set-up when the ward has no "
					+ "queue.")
	Mono<BoardView> board(@Parameter(description = "5-digit ward code", example = "20242") @PathVariable String ward) {
		return Mono.fromCallable(() -> QueueProblems.ward(ward)).then(Mono.defer(() -> this.board.board(ward)));
	}

}
