package vn.onestop.web.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a cookie's value with AES-256-GCM: the browser can neither read nor change it, and a value sealed for one
 * purpose (the session) cannot be replayed as another (the login in progress). The expiry is sealed inside, so an
 * old cookie kept past its Max-Age is still refused. Every replica with the same key opens every cookie.
 */
public final class CookieSeal {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	public CookieSeal(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("WEB_SESSION_KEY must be 32 bytes in base64, got " + key.length + " bytes");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	public String seal(String purpose, String payload, Instant expiresAt) {
		byte[] text = payload.getBytes(StandardCharsets.UTF_8);
		byte[] plain = ByteBuffer.allocate(Long.BYTES + text.length).putLong(expiresAt.getEpochSecond()).put(text).array();
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, purpose, iv);
			byte[] sealed = cipher.doFinal(plain);
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal a cookie", ex);
		}
	}

	/** The payload, or empty when the value was not sealed with this key for this purpose, or has expired. */
	public Optional<String> open(String purpose, String sealed, Instant now) {
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(sealed);
			if (bytes.length <= IV_BYTES) {
				return Optional.empty();
			}
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, purpose, java.util.Arrays.copyOf(bytes, IV_BYTES));
			ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
			if (Instant.ofEpochSecond(plain.getLong()).isBefore(now)) {
				return Optional.empty();
			}
			byte[] text = new byte[plain.remaining()];
			plain.get(text);
			return Optional.of(new String(text, StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private Cipher cipher(int mode, String purpose, byte[] iv) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
