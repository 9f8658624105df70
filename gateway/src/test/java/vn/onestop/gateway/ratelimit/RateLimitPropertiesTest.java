package vn.onestop.gateway.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.onestop.gateway.ratelimit.RateLimitProperties.Limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitPropertiesTest {

	@Test
	void defaultsToTwentyFiftyAndTwoHundredPerSecond() {
		RateLimitProperties defaults = new RateLimitProperties(true, null, null, null, null, 100_000, Duration.ofMinutes(10));

		assertThat(defaults.of(RateLimitKind.PUBLIC)).isEqualTo(new Limit(20d, null));
		assertThat(defaults.of(RateLimitKind.SUBJECT)).isEqualTo(new Limit(50d, null));
		assertThat(defaults.of(RateLimitKind.WARD)).isEqualTo(new Limit(200d, null));
		assertThat(defaults.of(RateLimitKind.REJECTED)).isEqualTo(new Limit(10d, null));
		assertThat(defaults.of(RateLimitKind.PUBLIC).permits()).isEqualTo(20);
		assertThat(defaults.of(RateLimitKind.PUBLIC).window()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void keepsAConfiguredBurstWhenOnlyTheRateIsMissing() {
		RateLimitProperties properties = new RateLimitProperties(true, new Limit(null, 5), null, null, null, 10,
				Duration.ofMinutes(1));

		assertThat(properties.of(RateLimitKind.PUBLIC)).isEqualTo(new Limit(20d, 5));
	}

	@Test
	void spreadsABurstOverTheWindowTheRateAllows() {
		assertThat(new Limit(20d, 40).window()).isEqualTo(Duration.ofSeconds(2));
		assertThat(new Limit(100d, 20).window()).isEqualTo(Duration.ofMillis(200));
		assertThat(new Limit(0.01, 3).window()).isEqualTo(Duration.ofSeconds(300));
		assertThat(new Limit(0.5, null).permits()).isEqualTo(1);
		assertThat(new Limit(0.5, null).window()).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void refusesNonsense() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Limit(0d, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Limit(-1d, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Limit(Double.NaN, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Limit(10d, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RateLimitProperties(true, null, null, null, null, 0, Duration.ofMinutes(1)));
	}

}
