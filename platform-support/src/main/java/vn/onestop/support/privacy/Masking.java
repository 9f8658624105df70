package vn.onestop.support.privacy;

/**
 * How personal ID numbers and phone numbers appear wherever a person is not entitled to the whole
 * value: logs, metrics, problem details, exports. Keeps the first four and the last two characters
 * ({@code 038087042028} → {@code 0380******28}); short values are masked entirely.
 */
public final class Masking {

	private static final int KEEP_START = 4;

	private static final int KEEP_END = 2;

	private Masking() {
	}

	public static String mask(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		if (value.length() <= KEEP_START + KEEP_END) {
			return "*".repeat(value.length());
		}
		return value.substring(0, KEEP_START) + "*".repeat(value.length() - KEEP_START - KEEP_END)
				+ value.substring(value.length() - KEEP_END);
	}

}
