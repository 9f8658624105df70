package vn.onestop.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code platform.rate-limit.*}: how many requests per second (and how many at once, {@code burst}) each client
 * address without a token ({@code public}), each token subject ({@code subject}) and each ward ({@code ward}) may
 * make, and how many requests turned away with 401 each client address may send ({@code rejected}) before it is
 * refused outright. The gateway keeps at most {@code maxKeys} budgets per kind and forgets one unused for {@code idleExpiry}.
 */
@ConfigurationProperties("platform.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @Name("public") Limit publicLimit,
		Limit subject, Limit ward, Limit rejected, @DefaultValue("100000") int maxKeys, @DefaultValue("10m") Duration idleExpiry) {

	public RateLimitProperties {
		publicLimit = Limit.orDefault(publicLimit, 20);
		subject = Limit.orDefault(subject, 50);
		ward = Limit.orDefault(ward, 200);
		rejected = Limit.orDefault(rejected, 10);
		if (maxKeys < 1) {
			throw new IllegalArgumentException("platform.rate-limit.max-keys must be positive");
		}
	}

	Limit of(RateLimitKind kind) {
		return switch (kind) {
			case PUBLIC -> this.publicLimit;
			case SUBJECT -> this.subject;
			case WARD -> this.ward;
			case REJECTED -> this.rejected;
		};
	}

	/**
	 * A sustained rate and a burst: up to {@code burst} requests per {@code burst / perSecond} seconds (burst defaults
	 * to the rate, so a one-second window).
	 */
	public record Limit(Double perSecond, Integer burst) {

		public Limit {
			if (perSecond != null && !(perSecond > 0)) {
				throw new IllegalArgumentException("A rate limit's per-second must be positive: " + perSecond);
			}
			if (burst != null && burst < 1) {
				throw new IllegalArgumentException("A rate limit's burst must be at least 1: " + burst);
			}
		}

		static Limit orDefault(Limit limit, double perSecond) {
			if (limit == null) {
				return new Limit(perSecond, null);
			}
			return limit.perSecond() == null ? new Limit(perSecond, limit.burst()) : limit;
		}

		/** Requests allowed per window. */
		int permits() {
			return this.burst != null ? this.burst : (int) Math.max(1, Math.round(this.perSecond));
		}

		/** The window after which {@link #permits()} are available again. */
		Duration window() {
			return Duration.ofNanos(Math.max(1, Math.round(permits() / this.perSecond * 1_000_000_000d)));
		}

	}

}
