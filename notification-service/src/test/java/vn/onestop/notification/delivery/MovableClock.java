package vn.onestop.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock that ticks with the system's but can be moved to another moment, for the integration
 * tests' application context. It starts at 10:00 today in Vietnam, so that tests run in daytime
 * whatever the hour of the build, and goes back there with {@link #reset()}.
 */
public final class MovableClock extends Clock {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Duration initialOffset;

	private volatile Duration offset;

	MovableClock() {
		this.initialOffset = Duration.between(Instant.now(),
				LocalDate.now(VIETNAM).atTime(LocalTime.of(10, 0)).atZone(VIETNAM).toInstant());
		this.offset = this.initialOffset;
	}

	/** Moves the clock to that local time in Vietnam; it keeps ticking from there. */
	public void travelTo(LocalDateTime vietnam) {
		this.offset = Duration.between(Instant.now(), vietnam.atZone(VIETNAM).toInstant());
	}

	public void reset() {
		this.offset = this.initialOffset;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(instant(), VIETNAM);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return VIETNAM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset);
	}

	/** Makes {@link NotificationIntegrationTest#CLOCK} the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		Clock clock() {
			return NotificationIntegrationTest.CLOCK;
		}

	}

}
