package vn.onestop.support.audit;

import java.net.InetSocketAddress;

import org.springframework.http.server.reactive.ServerHttpRequest;

import vn.onestop.support.web.RequestIds;

/**
 * Where a request came from: the client's address (the first {@code X-Forwarded-For} entry the gateway wrote, else
 * the connection's peer) and the request id. Services are only reachable through the gateway (NetworkPolicy), so
 * the forwarded address is the gateway's word.
 */
public record AuditOrigin(String clientIp, String requestId) {

	static final AuditOrigin UNKNOWN = new AuditOrigin(null, null);

	public static AuditOrigin of(ServerHttpRequest request) {
		return new AuditOrigin(clientIp(request), RequestIds.of(request));
	}

	public static String clientIp(ServerHttpRequest request) {
		String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
		if (forwarded != null && !forwarded.isBlank()) {
			String first = forwarded.split(",")[0].strip();
			if (first.length() <= 45 && first.matches("[0-9A-Fa-f:.]+")) {
				return first;
			}
		}
		InetSocketAddress remote = request.getRemoteAddress();
		return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
	}

}
