package vn.onestop.support.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpMethod;

/**
 * The endpoints of an application that answer without a token, each written {@code "GET /procedures/**"}. An
 * application declares them in code, as a bean, so configuration can never open an endpoint.
 */
public final class PublicEndpoints {

	private final List<Endpoint> endpoints;

	private PublicEndpoints(List<Endpoint> endpoints) {
		this.endpoints = List.copyOf(endpoints);
	}

	public static PublicEndpoints of(String... endpoints) {
		List<Endpoint> parsed = new ArrayList<>();
		for (String endpoint : endpoints) {
			String[] parts = endpoint.trim().split("\\s+");
			if (parts.length != 2 || !parts[1].startsWith("/")) {
				throw new IllegalArgumentException("Write a public endpoint as 'METHOD /path/**': " + endpoint);
			}
			parsed.add(new Endpoint(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]));
		}
		return new PublicEndpoints(parsed);
	}

	public static PublicEndpoints none() {
		return new PublicEndpoints(List.of());
	}

	public List<Endpoint> endpoints() {
		return this.endpoints;
	}

	/** One public endpoint: a method and an Ant-style path pattern. */
	public record Endpoint(HttpMethod method, String pattern) {
	}

}
