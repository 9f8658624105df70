package vn.onestop.gateway.routing;

import java.util.List;
import java.util.stream.Stream;

/** The paths of the pages served by {@code web}; everything under {@code /api/v1} stays the API's. */
public final class PagePaths {

	static final List<String> ALL = List.of("/", "/procedures", "/procedures/**", "/lookup", "/lookup/**", "/login",
			"/login/**", "/logout", "/oauth2/**", "/officer", "/officer/**", "/leader", "/leader/**", "/admin",
			"/admin/**", "/citizen", "/citizen/**", "/kiosk/**", "/display/**", "/counter", "/counter/**", "/assets/**",
			"/favicon.ico");

	private PagePaths() {
	}

	/** Every page path, read or posted, as public endpoints ({@code "GET /lookup"}): no token at the edge. */
	public static Stream<String> publicEndpoints() {
		return ALL.stream().flatMap(path -> Stream.of("GET " + path, "POST " + path));
	}

}
