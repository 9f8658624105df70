package vn.onestop.notification.template;

/** An SMS template whose folded text, with its longest values, needs more segments than it may use. */
final class SmsTooLongException extends RuntimeException {

	private final int segments;

	private final int maxSegments;

	SmsTooLongException(int segments, int maxSegments, int units) {
		super("With every placeholder at its longest the SMS folded to GSM-7 is " + units + " characters, "
				+ segments + " segments; the template allows " + maxSegments + ".");
		this.segments = segments;
		this.maxSegments = maxSegments;
	}

	int segments() {
		return this.segments;
	}

	int maxSegments() {
		return this.maxSegments;
	}

}
