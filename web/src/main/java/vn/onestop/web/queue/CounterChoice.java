package vn.onestop.web.queue;

import java.time.Duration;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;

/**
 * Which counter this browser works at: {@code ?counter=3} chooses it and a cookie remembers it for the working day,
 * so an officer opening {@code /counter} again lands on their own counter. A counter number is no personal data.
 */
final class CounterChoice {

	static final String COOKIE = "QUEUE_COUNTER";

	private CounterChoice() {
	}

	/** The counter asked for, else the remembered one, else none (0); remembers one asked for. */
	static int of(Integer asked, ServerWebExchange exchange, boolean secure) {
		if (asked != null && asked >= 1 && asked <= 99) {
			exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, String.valueOf(asked)).path("/counter")
				.maxAge(Duration.ofHours(14)).httpOnly(true).sameSite("Lax").secure(secure).build());
			return asked;
		}
		HttpCookie remembered = exchange.getRequest().getCookies().getFirst(COOKIE);
		if (remembered != null && remembered.getValue().matches("[1-9]\\d?")) {
			return Integer.parseInt(remembered.getValue());
		}
		return 0;
	}

}
