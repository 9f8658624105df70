package vn.onestop.intake.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a request's meaning, not its bytes: values in a fixed order, each length-prefixed so
 * that no two different value lists share an encoding ("ab","c" ≠ "a","bc"), null distinct from "".
 */
public final class RequestFingerprint {

	private RequestFingerprint() {
	}

	public static String of(List<?> values) {
		StringBuilder canonical = new StringBuilder();
		for (Object value : values) {
			if (value == null) {
				canonical.append("-;");
			}
			else {
				String text = value.toString();
				canonical.append(text.length()).append(':').append(text).append(';');
			}
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
