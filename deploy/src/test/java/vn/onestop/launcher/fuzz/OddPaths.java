package vn.onestop.launcher.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Turns a request target into an odd one, one request in eight: encoded slashes and backslashes, {@code ..},
 * NUL, broken percent escapes, raw non-ASCII, very long segments (past the 4 KB request line), matrix parameters,
 * doubled slashes, fragments, absolute and asterisk forms.
 */
final class OddPaths {

	private static final List<String> INSERTS = List.of("/..", "/../", "/./", "%2F", "%2f", "%5C", "\\", "%00", "%2e%2e",
			"/%2e%2e/", "//", ";jsessionid=1", ";", "%zz", "%", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "/Đặng", "\u202e", "%20",
			"+", "*", "~", "|", "{x}", "<>", "\"", "'", "`", "^");

	private OddPaths() {
	}

	static String maybe(String target, Random random) {
		if (random.nextInt(8) != 0) {
			return target;
		}
		int at = 1 + random.nextInt(Math.max(1, target.length() - 1));
		return switch (random.nextInt(10)) {
			case 0 -> target + "/" + "s".repeat(3_000 + random.nextInt(70_000));
			case 1 -> target.toUpperCase(java.util.Locale.ROOT);
			case 2 -> target + (target.contains("?") ? "&" : "?") + List.of("a=%zz", "a[]=1&a[]=2", "=&&=", "x=" + "q".repeat(5_000),
					"%00=%00", "a=%ED%A0%80", "page=-1&size=100000", "page=99999999999").get(random.nextInt(8));
			case 3 -> target + "#fragment";
			case 4 -> "http://localhost" + target;
			case 5 -> random.nextBoolean() ? "*" : target + "/";
			default -> target.substring(0, at) + INSERTS.get(random.nextInt(INSERTS.size())) + target.substring(at);
		};
	}

}
