package vn.onestop.gateway.origin;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who the client is, as far as the gateway can tell: the connection's peer, unless the peer is a trusted proxy — then
 * {@code X-Forwarded-For} is read from the right, skipping trusted proxies, and the first address not trusted is the
 * client. Entries a client wrote itself (left of the first untrusted hop) are never believed.
 */
public final class ClientAddresses {

	/** Exchange attribute holding the resolved address, so it is worked out once per request. */
	static final String ATTRIBUTE = ClientAddresses.class.getName() + ".client";

	public static final String UNKNOWN = "unknown";

	private final TrustedProxies trusted;

	public ClientAddresses(List<String> trustedProxies) {
		this.trusted = TrustedProxies.of(trustedProxies);
	}

	/** The client's address of this exchange, normalised ({@code 2001:db8:0:0:0:0:0:1}), or {@code unknown}. */
	public String of(ServerWebExchange exchange) {
		return exchange.getAttributes().computeIfAbsent(ATTRIBUTE, key -> of(exchange.getRequest())).toString();
	}

	String of(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		InetAddress peer = remote == null ? null : remote.getAddress();
		return resolve(peer, request.getHeaders().getValuesAsList("X-Forwarded-For"));
	}

	String resolve(InetAddress peer, List<String> forwardedFor) {
		if (peer == null) {
			return UNKNOWN;
		}
		InetAddress client = peer;
		if (!this.trusted.isEmpty()) {
			List<String> hops = new ArrayList<>();
			forwardedFor.forEach(value -> hops.addAll(List.of(value.split(","))));
			for (int i = hops.size() - 1; i >= 0 && this.trusted.trusts(client); i--) {
				Optional<InetAddress> hop = IpLiterals.parse(hops.get(i));
				if (hop.isEmpty()) {
					break;
				}
				client = hop.get();
			}
		}
		return client.getHostAddress();
	}

}
