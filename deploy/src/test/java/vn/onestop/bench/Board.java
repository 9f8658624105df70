package vn.onestop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the queue load reads from intake's answers without a JSON library: ticket numbers. */
final class Board {

	private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([A-Z]{1,3}[0-9]{3})\"");

	private Board() {
	}

	/** The numbers of the board's {@code lastCalls}, newest first. */
	static List<String> lastCalls(String board) {
		int start = board.indexOf("\"lastCalls\"");
		if (start < 0) {
			return List.of();
		}
		int end = board.indexOf(']', start);
		Matcher matcher = NUMBER.matcher(board.substring(start, end < 0 ? board.length() : end));
		List<String> numbers = new ArrayList<>();
		while (matcher.find()) {
			numbers.add(matcher.group(1));
		}
		return numbers;
	}

	private static final Pattern HELD = Pattern.compile("\"held\"\\s*:\\s*\"([A-Z]{1,3}[0-9]{3})\"");

	/** The ticket a busy counter still holds, from call's 409 {@code queue-counter-busy}. */
	static String heldOf(String problem) {
		Matcher matcher = HELD.matcher(problem);
		if (!matcher.find()) {
			throw new IllegalArgumentException("no held ticket in " + problem);
		}
		return matcher.group(1);
	}

	/** The number of a ticket view, such as a call's answer. */
	static String numberOf(String ticket) {
		Matcher matcher = NUMBER.matcher(ticket);
		if (!matcher.find()) {
			throw new IllegalArgumentException("no ticket number in " + ticket);
		}
		return matcher.group(1);
	}

}
