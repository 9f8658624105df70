package vn.onestop.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeliveryRulesTest {

	private static final Instant NOW = Instant.parse("2025-07-08T02:00:00Z");

	private static final Duration OPEN_WAIT = Duration.ofSeconds(30);

	private final DeliveryRules rules = new DeliveryRules(3,
			new Backoff(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5), 0.5), () -> 0.5);

	@Test
	void aSendIsAnAttemptThatSucceeded() {
		DeliveryRules.Decision decision = this.rules.decide(1, new SendResult.Sent("http", "p-1"), NOW, OPEN_WAIT);

		assertThat(decision.status()).isEqualTo(MessageStatus.SENT);
		assertThat(decision.attempts()).isEqualTo(2);
		assertThat(decision.provider()).isEqualTo("http");
		assertThat(decision.providerMessageId()).isEqualTo("p-1");
		assertThat(decision.attempt()).isEqualTo(new Attempt(2, NOW, Attempt.AttemptOutcome.SENT, null));
	}

	@Test
	void aTemporaryFailureIsRetriedWithJitteredBackoff() {
		DeliveryRules.Decision first = this.rules.decide(0, new SendResult.Failed(false, "HTTP_503"), NOW, OPEN_WAIT);
		DeliveryRules.Decision second = this.rules.decide(1, new SendResult.Failed(false, "HTTP_503"), NOW, OPEN_WAIT);

		assertThat(first.status()).isEqualTo(MessageStatus.TEMPORARY_FAILURE);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusMillis(7_500));
		assertThat(second.nextAttemptAt()).isEqualTo(NOW.plusSeconds(15));
		assertThat(second.attempt()).isEqualTo(new Attempt(2, NOW, Attempt.AttemptOutcome.TEMPORARY_FAILURE, "HTTP_503"));
	}

	@Test
	void theLastAllowedAttemptFailingIsATechnicalFailure() {
		DeliveryRules.Decision decision = this.rules.decide(2, new SendResult.Failed(false, "ConnectException"), NOW,
				OPEN_WAIT);

		assertThat(decision.status()).isEqualTo(MessageStatus.TECHNICAL_FAILURE);
		assertThat(decision.attempts()).isEqualTo(3);
		assertThat(decision.attempt().outcome()).isEqualTo(Attempt.AttemptOutcome.TEMPORARY_FAILURE);
		assertThat(decision.status().isFinal()).isTrue();
	}

	@Test
	void aPermanentFailureIsNeverRetried() {
		DeliveryRules.Decision decision = this.rules.decide(0, new SendResult.Failed(true, "HTTP_400"), NOW, OPEN_WAIT);

		assertThat(decision.status()).isEqualTo(MessageStatus.PERMANENT_FAILURE);
		assertThat(decision.attempts()).isEqualTo(1);
		assertThat(decision.attempt()).isEqualTo(new Attempt(1, NOW, Attempt.AttemptOutcome.PERMANENT_FAILURE, "HTTP_400"));
	}

	@Test
	void anOpenBreakerDefersWithoutUsingAnAttempt() {
		DeliveryRules.Decision fresh = this.rules.decide(0, new SendResult.Deferred(), NOW, OPEN_WAIT);
		DeliveryRules.Decision retried = this.rules.decide(2, new SendResult.Deferred(), NOW, OPEN_WAIT);

		assertThat(fresh.status()).isEqualTo(MessageStatus.CREATED);
		assertThat(fresh.attempts()).isZero();
		assertThat(fresh.attempt()).isNull();
		assertThat(fresh.nextAttemptAt()).isEqualTo(NOW.plus(OPEN_WAIT));
		assertThat(retried.status()).isEqualTo(MessageStatus.TEMPORARY_FAILURE);
		assertThat(retried.attempts()).isEqualTo(2);
	}

	@Test
	void everyDecisionIsAnAllowedTransitionFromSending() {
		for (SendResult result : new SendResult[] { new SendResult.Sent("p", "1"), new SendResult.Failed(false, "x"),
				new SendResult.Failed(true, "x"), new SendResult.Deferred() }) {
			for (int before = 0; before < 3; before++) {
				assertThat(MessageStatus.SENDING.canBecome(this.rules.decide(before, result, NOW, OPEN_WAIT).status()))
					.isTrue();
			}
		}
	}

	@Test
	void needsAtLeastOneAttempt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DeliveryRules(0,
				new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(1), 0), () -> 0));
	}

	@Test
	void aHeldMessageWaitsUntilThenWithoutAnAttempt() {
		Instant morning = Instant.parse("2025-07-09T00:00:00Z");

		DeliveryRules.Decision fresh = this.rules.decide(0, new SendResult.Held(morning), NOW, OPEN_WAIT);
		DeliveryRules.Decision retried = this.rules.decide(1, new SendResult.Held(morning), NOW, OPEN_WAIT);

		assertThat(fresh.status()).isEqualTo(MessageStatus.CREATED);
		assertThat(fresh.attempts()).isZero();
		assertThat(fresh.nextAttemptAt()).isEqualTo(morning);
		assertThat(fresh.attempt()).isNull();
		assertThat(retried.status()).isEqualTo(MessageStatus.TEMPORARY_FAILURE);
		assertThat(retried.attempts()).isEqualTo(1);
		assertThat(retried.nextAttemptAt()).isEqualTo(morning);
		assertThat(retried.attempt()).isNull();
	}

}
