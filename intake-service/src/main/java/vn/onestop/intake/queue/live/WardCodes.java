package vn.onestop.intake.queue.live;

import java.util.regex.Pattern;

/** What the live signal accepts as a ward (a 5-digit code) and as a counter (1 to 99). */
final class WardCodes {

	private static final Pattern WARD = Pattern.compile("\\d{5}");

	private static final Pattern COUNTER = Pattern.compile("[1-9]\\d?");

	private WardCodes() {
	}

	static boolean isWard(String value) {
		return value != null && WARD.matcher(value).matches();
	}

	static boolean isCounter(String value) {
		return value != null && COUNTER.matcher(value).matches();
	}

}
