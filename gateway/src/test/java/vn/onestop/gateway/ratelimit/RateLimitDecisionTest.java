package vn.onestop.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import vn.onestop.gateway.ratelimit.RateLimitProperties.Limit;
import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Budgets of 2 (public), 3 (subject) and 5 (ward) requests per 100 s: no refill during a test. */
class RateLimitDecisionTest {

	private final AtomicLong nanos = new AtomicLong();

	private final RateLimitBudgets budgets = new RateLimitBudgets(new RateLimitProperties(true, new Limit(0.02, 2),
			new Limit(0.03, 3), new Limit(0.05, 5), new Limit(0.01, 2), 1000, Duration.ofMinutes(10)), this.nanos::get);

	@Test
	void letsAnAddressUseItsBurstThenAsksItToWait() {
		assertThat(decide(Caller.ANONYMOUS, "203.0.113.1").allowed()).isTrue();
		assertThat(decide(Caller.ANONYMOUS, "203.0.113.1").allowed()).isTrue();

		RateLimitDecision refused = decide(Caller.ANONYMOUS, "203.0.113.1");

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.exhausted()).isEqualTo(RateLimitKind.PUBLIC);
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 100L);
		assertThat(decide(Caller.ANONYMOUS, "203.0.113.2").allowed()).isTrue();
	}

	@Test
	void limitsASubjectWhateverItsAddress() {
		Caller lan = officer("lan", "20242");
		for (int i = 0; i < 3; i++) {
			assertThat(decide(lan, "203.0.113." + i).allowed()).isTrue();
		}

		assertThat(decide(lan, "203.0.113.99").exhausted()).isEqualTo(RateLimitKind.SUBJECT);
		assertThat(decide(officer("minh", "20242"), "203.0.113.1").allowed()).isTrue();
	}

	@Test
	void sharesAWardsBudgetAmongItsOfficers() {
		for (String officer : List.of("a", "b", "c", "d", "e")) {
			assertThat(decide(officer(officer, "20242"), "10.0.0.1").allowed()).isTrue();
		}

		RateLimitDecision refused = decide(officer("f", "20242"), "10.0.0.1");

		assertThat(refused.exhausted()).isEqualTo(RateLimitKind.WARD);
		assertThat(decide(officer("g", "10105"), "10.0.0.1").allowed()).isTrue();
	}

	@Test
	void needsRoomInEveryWardTheTokenNames() {
		for (String officer : List.of("a", "b", "c", "d", "e")) {
			decide(officer(officer, "10105"), "10.0.0.1");
		}

		assertThat(decide(officer("both", "20242", "10105"), "10.0.0.1").exhausted()).isEqualTo(RateLimitKind.WARD);
		assertThat(decide(officer("other", "20242"), "10.0.0.1").allowed()).isTrue();
	}

	@Test
	void peekingAtABudgetTakesNothingFromIt() {
		RateLimitKey rejected = new RateLimitKey(RateLimitKind.REJECTED, "203.0.113.50");
		assertThat(this.budgets.peek(rejected)).isEmpty();
		assertThat(this.budgets.peek(rejected)).isEmpty();
		assertThat(this.budgets.take(rejected)).isEmpty();
		assertThat(this.budgets.peek(rejected)).isEmpty();
		assertThat(this.budgets.take(rejected)).isEmpty();

		assertThat(this.budgets.peek(rejected).orElseThrow()).isPositive();
		assertThat(this.budgets.peek(new RateLimitKey(RateLimitKind.REJECTED, "203.0.113.51"))).isEmpty();
	}

	@Test
	void roundsTheWaitUpToWholeSeconds() {
		RateLimitBudgets tiny = new RateLimitBudgets(new RateLimitProperties(true, new Limit(2d, 1), null, null, null, 10,
				Duration.ofMinutes(1)));
		List<RateLimitKey> key = List.of(new RateLimitKey(RateLimitKind.PUBLIC, "203.0.113.1"));
		assertThat(RateLimitDecision.decide(key, tiny).allowed()).isTrue();

		RateLimitDecision decision = RateLimitDecision.decide(key, tiny);

		assertThat(decision.allowed()).isFalse();
		assertThat(decision.retryAfterSeconds()).isEqualTo(1);
	}

	@Test
	void keepsAtMostTheConfiguredNumberOfBudgets() {
		RateLimitBudgets bounded = new RateLimitBudgets(new RateLimitProperties(true, null, null, null, null, 50,
				Duration.ofMinutes(10)));
		for (int i = 0; i < 5000; i++) {
			bounded.take(new RateLimitKey(RateLimitKind.PUBLIC, "10.0." + (i / 256) + "." + (i % 256)));
		}

		assertThat(bounded.size(RateLimitKind.PUBLIC)).isLessThanOrEqualTo(50);
	}

	@Test
	void forgetsABudgetUnusedForTheIdleExpiry() {
		decide(Caller.ANONYMOUS, "203.0.113.5");
		decide(Caller.ANONYMOUS, "203.0.113.5");
		assertThat(decide(Caller.ANONYMOUS, "203.0.113.5").allowed()).isFalse();
		assertThat(this.budgets.size(RateLimitKind.PUBLIC)).isEqualTo(1);

		this.nanos.addAndGet(TimeUnit.MINUTES.toNanos(11));

		assertThat(this.budgets.size(RateLimitKind.PUBLIC)).isZero();
		assertThat(decide(Caller.ANONYMOUS, "203.0.113.5").allowed()).isTrue();
	}

	private RateLimitDecision decide(Caller caller, String address) {
		return RateLimitDecision.decide(RateLimitKey.of(caller, address), this.budgets);
	}

	private static Caller officer(String subject, String... wards) {
		return new Caller(subject, Set.of(Role.OFFICER), Set.of(wards), null);
	}

}
