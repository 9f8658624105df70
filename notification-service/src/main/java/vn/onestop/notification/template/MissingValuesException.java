package vn.onestop.notification.template;

import java.util.List;

/** A template rendered without a value its placeholders need, or with one longer than allowed. */
public final class MissingValuesException extends RuntimeException {

	private final List<String> missing;

	private final List<String> tooLong;

	MissingValuesException(List<String> missing, List<String> tooLong) {
		super(describe(missing, tooLong));
		this.missing = List.copyOf(missing);
		this.tooLong = List.copyOf(tooLong);
	}

	public List<String> missing() {
		return this.missing;
	}

	public List<String> tooLong() {
		return this.tooLong;
	}

	private static String describe(List<String> missing, List<String> tooLong) {
		StringBuilder message = new StringBuilder();
		if (!missing.isEmpty()) {
			message.append("No value for placeholder(s): ").append(String.join(", ", missing));
		}
		if (!tooLong.isEmpty()) {
			message.append(message.isEmpty() ? "" : "; ")
				.append("Value longer than the placeholder allows: ")
				.append(String.join(", ", tooLong));
		}
		return message.toString();
	}

}
