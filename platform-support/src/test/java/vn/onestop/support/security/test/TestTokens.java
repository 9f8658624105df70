package vn.onestop.support.security.test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;
import vn.onestop.support.security.dev.DevIssuer;

/**
 * Access tokens for tests, signed by one {@link DevIssuer} per test JVM: the same mechanism as the run command.
 * Every Spring Boot test trusts it ({@link TestIssuerEnvironmentPostProcessor}).
 */
public final class TestTokens {

	private static final Duration VALIDITY = Duration.ofHours(2);

	private static volatile DevIssuer issuer;

	private TestTokens() {
	}

	public static DevIssuer issuer() {
		DevIssuer started = issuer;
		if (started == null) {
			synchronized (TestTokens.class) {
				if (issuer == null) {
					issuer = DevIssuer.start(0);
				}
				started = issuer;
			}
		}
		return started;
	}

	public static String of(Caller caller) {
		return issuer().mint(caller, VALIDITY);
	}

	public static String officer(String... wards) {
		return of(new Caller("officer-" + String.join("-", wards), Set.of(Role.OFFICER), Set.of(wards), null));
	}

	public static String leader(String... wards) {
		return of(new Caller("leader-" + String.join("-", wards), Set.of(Role.WARD_LEADER), Set.of(wards), null));
	}

	public static String citizen(String idNumber) {
		return of(new Caller("citizen-" + idNumber.substring(idNumber.length() - 4), Set.of(Role.CITIZEN), Set.of(),
				idNumber));
	}

	public static String admin() {
		return of(new Caller("admin", Set.of(Role.PLATFORM_ADMIN), Set.of(), null));
	}

	public static String monitor(String... wards) {
		return of(new Caller("monitor", Set.of(Role.MONITOR), Set.of(wards), null));
	}

	public static String service() {
		return of(new Caller("platform-services", Set.of(Role.SERVICE), Set.of(), null));
	}

	/**
	 * The token every auto-configured test client sends unless a test says otherwise: officer, leader, admin and
	 * monitor of the given wards. Tests about who may do what send their own token.
	 */
	public static String staff(List<String> wards) {
		return of(new Caller("test-staff",
				EnumSet.of(Role.OFFICER, Role.WARD_LEADER, Role.PLATFORM_ADMIN, Role.MONITOR), Set.copyOf(wards), null));
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

	/** The same client without the default staff token: for calls made by someone not signed in. */
	public static WebTestClient anonymous(WebTestClient client) {
		return client.mutate().defaultHeaders(headers -> headers.remove(HttpHeaders.AUTHORIZATION)).build();
	}

}
