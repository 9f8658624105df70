package vn.onestop.support.security.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

/**
 * The ready-to-use tokens the run command writes for a demo ward: an officer and a leader of the ward, a citizen,
 * a platform admin, a monitor, the ward's queue ticket machine (kiosk), and the token the platform's applications use
 * among themselves.
 */
public final class DemoTokens {

	public static final String DEMO_WARD = "20242";

	public static final String DEMO_CITIZEN_ID = "048187000123";

	public static final Duration VALIDITY = Duration.ofDays(30);

	private DemoTokens() {
	}

	/** The demo callers by the shell variable their token is written to. */
	public static Map<String, Caller> callers() {
		Map<String, Caller> callers = new LinkedHashMap<>();
		callers.put("OFFICER_TOKEN", new Caller("demo-officer", Set.of(Role.OFFICER), Set.of(DEMO_WARD), null));
		callers.put("LEADER_TOKEN", new Caller("demo-leader", Set.of(Role.WARD_LEADER), Set.of(DEMO_WARD), null));
		callers.put("CITIZEN_TOKEN", new Caller("demo-citizen", Set.of(Role.CITIZEN), Set.of(), DEMO_CITIZEN_ID));
		callers.put("ADMIN_TOKEN", new Caller("demo-admin", Set.of(Role.PLATFORM_ADMIN), Set.of(), null));
		callers.put("MONITOR_TOKEN", new Caller("demo-monitor", Set.of(Role.MONITOR), Set.of(), null));
		callers.put("KIOSK_TOKEN", new Caller("demo-kiosk", Set.of(Role.KIOSK), Set.of(DEMO_WARD), null));
		callers.put("SERVICE_TOKEN", new Caller("platform-services", Set.of(Role.SERVICE), Set.of(), null));
		return callers;
	}

	/** Mints every demo token; the map's keys are the variable names. */
	public static Map<String, String> mint(DevIssuer issuer) {
		Map<String, String> tokens = new LinkedHashMap<>();
		callers().forEach((name, caller) -> tokens.put(name, issuer.mint(caller, VALIDITY)));
		return tokens;
	}

	/** Writes the tokens as a shell file ({@code source} it), readable by the owner only. */
	public static void write(Path file, Map<String, String> tokens) throws IOException {
		StringBuilder text = new StringBuilder("# Demo access tokens written by the run command (valid ")
			.append(VALIDITY.toDays())
			.append(" days, trusted only by this run). Demo ward ")
			.append(DEMO_WARD)
			.append(", demo citizen ")
			.append(DEMO_CITIZEN_ID)
			.append(".\n# Use: source this file, then curl -H \"Authorization: Bearer $OFFICER_TOKEN\" ...\n");
		tokens.forEach((name, token) -> text.append("export ").append(name).append('=').append(token).append('\n'));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".demo-tokens", ".tmp");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		temporary.toFile().setReadable(false, false);
		temporary.toFile().setReadable(true, true);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

}
