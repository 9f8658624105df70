package vn.onestop.gateway.origin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an IP address written in a header, never asking DNS: {@code 203.0.113.7}, {@code 203.0.113.7:51234},
 * {@code 2001:db8::1}, {@code [2001:db8::1]:443}. Anything else is not an address.
 */
final class IpLiterals {

	private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?::\\d{1,5})?");

	private static final Pattern BRACKETED_V6 = Pattern.compile("\\[([0-9A-Fa-f:.]{2,45})](?::\\d{1,5})?");

	private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private IpLiterals() {
	}

	static Optional<InetAddress> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.strip();
		Matcher v4 = V4.matcher(value);
		if (v4.matches()) {
			byte[] bytes = new byte[4];
			for (int i = 0; i < 4; i++) {
				int octet = Integer.parseInt(v4.group(i + 1));
				if (octet > 255) {
					return Optional.empty();
				}
				bytes[i] = (byte) octet;
			}
			return byAddress(bytes);
		}
		Matcher bracketed = BRACKETED_V6.matcher(value);
		String v6 = bracketed.matches() ? bracketed.group(1) : V6.matcher(value).matches() ? value : null;
		if (v6 == null || v6.indexOf(':') < 0) {
			return Optional.empty();
		}
		try {
			// Brackets make the JDK treat the text as an IPv6 literal: it fails rather than look the name up.
			return Optional.of(InetAddress.getByName("[" + v6 + "]"));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	private static Optional<InetAddress> byAddress(byte[] bytes) {
		try {
			return Optional.of(InetAddress.getByAddress(bytes));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

}
