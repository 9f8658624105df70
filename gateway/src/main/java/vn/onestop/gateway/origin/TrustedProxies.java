package vn.onestop.gateway.origin;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The proxies in front of the gateway whose {@code X-Forwarded-For} entries are believed: single addresses or CIDR
 * ranges ({@code 10.0.0.0/8}, {@code fd00::/8}). Empty by default: then nobody's forwarded header counts.
 */
final class TrustedProxies {

	private final List<Range> ranges;

	private TrustedProxies(List<Range> ranges) {
		this.ranges = List.copyOf(ranges);
	}

	static TrustedProxies of(List<String> entries) {
		List<Range> ranges = new ArrayList<>();
		for (String entry : entries) {
			if (entry != null && !entry.isBlank()) {
				ranges.add(Range.parse(entry.strip()));
			}
		}
		return new TrustedProxies(ranges);
	}

	boolean isEmpty() {
		return this.ranges.isEmpty();
	}

	boolean trusts(InetAddress address) {
		return this.ranges.stream().anyMatch(range -> range.contains(address));
	}

	private record Range(byte[] network, int prefixBits) {

		static Range parse(String entry) {
			int slash = entry.indexOf('/');
			String host = slash < 0 ? entry : entry.substring(0, slash);
			Optional<InetAddress> address = IpLiterals.parse(host);
			if (address.isEmpty()) {
				throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
			}
			byte[] bytes = address.get().getAddress();
			int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(entry.substring(slash + 1));
			if (bits < 0 || bits > bytes.length * 8) {
				throw new IllegalArgumentException("Bad prefix length in " + entry);
			}
			return new Range(bytes, bits);
		}

		boolean contains(InetAddress address) {
			byte[] candidate = address.getAddress();
			if (candidate.length != this.network.length) {
				return false;
			}
			int whole = this.prefixBits / 8;
			for (int i = 0; i < whole; i++) {
				if (candidate[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefixBits % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xFF << (8 - rest)) & 0xFF;
			return (candidate[whole] & mask) == (this.network[whole] & mask);
		}

	}

}
