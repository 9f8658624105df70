package vn.onestop.web.session;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CookieSealTest {

	private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	private final CookieSeal seal = new CookieSeal(new byte[32]);

	@Test
	void opensWhatItSealedForTheSamePurposeUntilItExpires() {
		String sealed = this.seal.seal("session", "{\"subject\":\"demo-officer\"}", NOW.plusSeconds(60));

		assertThat(sealed).doesNotContain("demo-officer");
		assertThat(this.seal.open("session", sealed, NOW)).contains("{\"subject\":\"demo-officer\"}");
		assertThat(this.seal.open("session", sealed, NOW.plusSeconds(61))).isEmpty();
	}

	@Test
	void refusesAnotherPurposeAnotherKeyAChangedByteAndGarbage() {
		String sealed = this.seal.seal("login", "state", NOW.plusSeconds(60));
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		char[] tampered = sealed.toCharArray();
		tampered[20] = tampered[20] == 'A' ? 'B' : 'A';

		assertThat(this.seal.open("session", sealed, NOW)).isEmpty();
		assertThat(new CookieSeal(otherKey).open("login", sealed, NOW)).isEmpty();
		assertThat(this.seal.open("login", new String(tampered), NOW)).isEmpty();
		assertThat(this.seal.open("login", "not base64 !", NOW)).isEmpty();
		assertThat(this.seal.open("login", "", NOW)).isEmpty();
	}

	@Test
	void needsA256BitKey() {
		assertThatThrownBy(() -> new CookieSeal(new byte[16])).hasMessageContaining("32 bytes");
	}

}
