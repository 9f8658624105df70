package vn.onestop.rules.citizen;

import java.util.Locale;
import java.util.regex.Pattern;

/** A deliverable-looking address: one @, a dotted domain of letters, digits and hyphens; domain lower-cased. */
public final class EmailAddress {

	public static final int MAX_LENGTH = 254;

	private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern DOMAIN = Pattern
		.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

	private EmailAddress() {
	}

	/** The address with its domain lower-cased, or null when none was given. */
	public static String normalize(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String address = text.strip();
		int at = address.lastIndexOf('@');
		if (address.length() > MAX_LENGTH || at < 1 || at > 64) {
			throw new InvalidValue("must be a valid e-mail address");
		}
		String local = address.substring(0, at);
		String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
		if (!LOCAL.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
			throw new InvalidValue("must be a valid e-mail address");
		}
		return local + "@" + domain;
	}

}
