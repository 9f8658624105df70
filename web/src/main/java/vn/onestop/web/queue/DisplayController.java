package vn.onestop.web.queue;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The waiting-room display of a ward, public and without sign-in: the last calls (the newest large) and how many wait
 * per field, from intake's public board, which holds no personal data. The page's script listens to the ward's event
 * stream through the gateway and, on each change, fetches {@code /display/{ward}/board} (the same template's
 * fragment) and announces the new calls.
 */
@Controller
class DisplayController {

	private final QueueClient queue;

	DisplayController(QueueClient queue) {
		this.queue = queue;
	}

	@GetMapping("/display/{ward:\\d{5}}")
	Mono<String> display(@PathVariable String ward, Model model) {
		return board(ward, model).thenReturn("queue/display");
	}

	@GetMapping("/display/{ward:\\d{5}}/board")
	Mono<String> boardOnly(@PathVariable String ward, Model model) {
		return board(ward, model).thenReturn("queue/display :: board");
	}

	private Mono<Board> board(String ward, Model model) {
		model.addAttribute("ward", ward);
		return this.queue.board(ward).doOnNext(board -> model.addAttribute("board", board));
	}

}
