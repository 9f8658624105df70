package vn.onestop.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.http.HttpStatus;

import vn.onestop.support.web.ProblemException;
import vn.onestop.support.web.ProblemTypes;

/**
 * The secret an SMS provider shows in {@value #HEADER} with each delivery receipt
 * ({@code notification.sms.receipt-token}, env {@code NOTIFICATION_SMS_RECEIPT_TOKEN}). Compared in constant time,
 * over digests so that not even its length shows; without a configured secret every receipt is refused.
 */
final class ReceiptSecret {

	static final String HEADER = "X-Receipt-Token";

	static final int MIN_LENGTH = 16;

	private final byte[] digest;

	ReceiptSecret(String configured) {
		if (configured != null && !configured.isBlank() && configured.strip().length() < MIN_LENGTH) {
			throw new IllegalArgumentException("notification.sms.receipt-token (env NOTIFICATION_SMS_RECEIPT_TOKEN) "
					+ "must have at least " + MIN_LENGTH + " characters");
		}
		this.digest = configured == null || configured.isBlank() ? null : sha256(configured.strip());
	}

	boolean isConfigured() {
		return this.digest != null;
	}

	boolean admits(String presented) {
		return this.digest != null && presented != null && MessageDigest.isEqual(this.digest, sha256(presented.strip()));
	}

	/** 401 for a receipt without the secret, a wrong one, or any receipt while none is configured. */
	static ProblemException refused() {
		return new ProblemException(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Receipt not authenticated",
				"A delivery receipt needs the shared secret in the " + HEADER + " header.")
			.withHeader("WWW-Authenticate", HEADER);
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "ReceiptSecret[" + (isConfigured() ? "configured" : "none") + "]";
	}

}
