package vn.onestop.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReceiptSecretTest {

	private static final String SECRET = "provider-shared-secret-42";

	@Test
	void admitsOnlyTheConfiguredSecret() {
		ReceiptSecret secret = new ReceiptSecret(SECRET);

		assertThat(secret.admits(SECRET)).isTrue();
		assertThat(secret.admits(" " + SECRET + " ")).isTrue();
		assertThat(secret.admits(SECRET + "x")).isFalse();
		assertThat(secret.admits(SECRET.substring(1))).isFalse();
		assertThat(secret.admits("")).isFalse();
		assertThat(secret.admits(null)).isFalse();
	}

	@Test
	void refusesEveryReceiptWhenNoSecretIsConfigured() {
		for (String none : new String[] { null, "", "   " }) {
			ReceiptSecret secret = new ReceiptSecret(none);
			assertThat(secret.isConfigured()).isFalse();
			assertThat(secret.admits(none)).isFalse();
			assertThat(secret.admits("")).isFalse();
			assertThat(secret.admits(SECRET)).isFalse();
		}
	}

	@Test
	void refusesToStartWithAGuessableSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReceiptSecret("short-secret"))
			.withMessageContaining("NOTIFICATION_SMS_RECEIPT_TOKEN");
	}

	@Test
	void neverShowsTheSecret() {
		assertThat(new ReceiptSecret(SECRET)).hasToString("ReceiptSecret[configured]");
		assertThat(new ReceiptProperties(SECRET).toString()).doesNotContain(SECRET);
	}

	@Test
	void answersARefusalWithAnUnauthenticatedProblem() {
		assertThat(ReceiptSecret.refused().status().value()).isEqualTo(401);
		assertThat(ReceiptSecret.refused().kind()).isEqualTo("unauthenticated");
	}

}
