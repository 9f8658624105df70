package vn.onestop.notification.delivery;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.onestop.notification.channel.Channel;

/**
 * Checks and normalises a recipient for its channel: Vietnamese mobiles to ten digits starting 0
 * (from +84 / 84 forms, separators dropped), e-mail addresses trimmed. Errors never quote the value.
 */
final class Recipients {

	private static final Pattern MOBILE = Pattern.compile("0[1-9][0-9]{8}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private Recipients() {
	}

	static String normalise(Channel channel, String recipient) {
		if (recipient == null || recipient.isBlank()) {
			throw new IllegalArgumentException("The recipient is missing");
		}
		return channel == Channel.SMS ? mobile(recipient) : email(recipient);
	}

	private static String mobile(String raw) {
		String digits = raw.strip().replaceAll("[\\s.\\-()]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		if (!MOBILE.matcher(digits).matches()) {
			throw new IllegalArgumentException("The SMS recipient is not a 10-digit Vietnamese mobile number");
		}
		return digits;
	}

	private static String email(String raw) {
		String address = raw.strip();
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw new IllegalArgumentException("The e-mail recipient is not an e-mail address");
		}
		int at = address.lastIndexOf('@');
		return address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
	}

}
