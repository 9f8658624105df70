package vn.onestop.support.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import vn.onestop.support.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The breaker every service builds from its settings, driven call by call on a clock the test moves. */
class BreakerSettingsTest {

	/** The gateway's defaults: 10 s window, 50 calls at least, 50 % failures, open 5 s. */
	private static final Settings GATEWAY = new Settings(Duration.ofSeconds(10), 50, 50, Duration.ofSeconds(5), 100,
			Duration.ofSeconds(5), 10);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-10-26T02:30:00Z"));

	@Test
	void aBurstOfFailuresAmongManySuccessesLeavesItClosed() {
		CircuitBreaker breaker = breaker(GATEWAY);
		calls(breaker, 1000, true, 20);
		calls(breaker, 30, false, 20);

		// with the former window of the last 20 calls (10 of them failing was enough) this opened the breaker
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void failuresAboveTheMinimumAndTheRateOpenIt() {
		CircuitBreaker breaker = breaker(GATEWAY);
		calls(breaker, 40, true, 20);
		calls(breaker, 60, false, 20);

		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(breaker.tryAcquirePermission()).isFalse();
	}

	@Test
	void fewerCallsThanTheMinimumNeverOpenIt() {
		CircuitBreaker breaker = breaker(GATEWAY);
		calls(breaker, 49, false, 20);

		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		CircuitBreaker breaker = breaker(GATEWAY);
		calls(breaker, 40, false, 20);
		this.clock.advance(Duration.ofSeconds(11));
		calls(breaker, 40, false, 20);

		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		this.clock.advance(Duration.ofSeconds(1));
		calls(breaker, 10, false, 20);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	void anOpenBreakerLetsProbesThroughAfterItsOpenDuration() {
		CircuitBreaker breaker = breaker(GATEWAY);
		calls(breaker, 50, false, 20);
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

		this.clock.advance(Duration.ofSeconds(4));
		assertThat(breaker.tryAcquirePermission()).isFalse();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(breaker.tryAcquirePermission()).isTrue();
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
	}

	@Test
	void mostlySlowCallsOpenItWhenASlowCallRateIsSet() {
		Settings citizen = new Settings(Duration.ofSeconds(10), 20, 50, Duration.ofSeconds(1), 80,
				Duration.ofSeconds(30), 3);
		CircuitBreaker breaker = breaker(citizen);
		calls(breaker, 30, true, 1500);
		calls(breaker, 5, true, 100);

		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	void slowCallsBelowTheRateLeaveItClosed() {
		Settings citizen = new Settings(Duration.ofSeconds(10), 20, 50, Duration.ofSeconds(1), 80,
				Duration.ofSeconds(30), 3);
		CircuitBreaker breaker = breaker(citizen);
		calls(breaker, 60, true, 100);
		calls(breaker, 40, true, 1500);

		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void refusalsOfTheCallersOwnBulkheadCountNeitherWay() {
		CircuitBreaker breaker = breaker(GATEWAY);
		BulkheadFullException full = BulkheadFullException.createBulkheadFullException(Bulkhead.ofDefaults("service"));
		for (int i = 0; i < 100; i++) {
			assertThat(breaker.tryAcquirePermission()).isTrue();
			breaker.onError(0, TimeUnit.MILLISECONDS, full);
		}

		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
	}

	@Test
	void theWindowIsWholeSeconds() {
		Settings tooShort = new Settings(Duration.ofMillis(500), 4, 50, Duration.ofSeconds(1), 100,
				Duration.ofSeconds(1), 1);
		Settings fractional = new Settings(Duration.ofMillis(1500), 4, 50, Duration.ofSeconds(1), 100,
				Duration.ofSeconds(1), 1);
		assertThatIllegalArgumentException().isThrownBy(tooShort::circuitBreakerConfig);
		assertThatIllegalArgumentException().isThrownBy(fractional::circuitBreakerConfig);
	}

	@Test
	void theBulkheadRefusesAtOnceBeyondItsBound() {
		Bulkhead bulkhead = Bulkhead.of("service", BreakerSettings.bulkhead(40));
		for (int i = 0; i < 40; i++) {
			assertThat(bulkhead.tryAcquirePermission()).isTrue();
		}
		assertThat(bulkhead.tryAcquirePermission()).isFalse();
		assertThat(bulkhead.getBulkheadConfig().getMaxWaitDuration()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> BreakerSettings.bulkhead(0));
	}

	private CircuitBreaker breaker(BreakerSettings settings) {
		return CircuitBreaker.of("service", settings.circuitBreakerConfig(this.clock));
	}

	/** {@code count} calls of {@code millis} each, a millisecond apart on the clock. */
	private void calls(CircuitBreaker breaker, int count, boolean succeed, long millis) {
		for (int i = 0; i < count; i++) {
			if (!breaker.tryAcquirePermission()) {
				return;
			}
			if (succeed) {
				breaker.onSuccess(millis, TimeUnit.MILLISECONDS);
			}
			else {
				breaker.onError(millis, TimeUnit.MILLISECONDS, new IllegalStateException("down"));
			}
			this.clock.advance(Duration.ofMillis(1));
		}
	}

	private record Settings(Duration window, int minimumCalls, float failureRatePercent, Duration slowCallAfter,
			float slowCallRatePercent, Duration openFor, int halfOpenCalls) implements BreakerSettings {
	}

}
